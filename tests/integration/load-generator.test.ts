import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureLoad } from "../../bench/lib/load";

// The bench's load generators (autocannon keeping no bodies, and wrk) against a page of the size and
// the characters of Parley's home: every response is counted, in full, and none is an error; an
// answer that is not a success is counted as one.

const body = Buffer.from(`<p>Geneva – London — Stockholm · “Madrid” …</p>`.repeat(1_400));
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url !== "/") {
      response.writeHead(404, { "content-type": "text/plain" });
      return response.end("not found");
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(["autocannon", "wrk"] as const)("the bench's load generator %s", (generator) => {
  it("counts every byte of pages with non-ASCII characters, without errors", async () => {
    const result = await measureLoad(url, { seconds: 1, warmupSeconds: 0, connections: 4, generator });
    expect(result.errors).toBe(0);
    expect(result.requestsPerSecond).toBeGreaterThan(0);
    // Both count the status line and headers too: a little over the body, never under.
    expect(result.bytesPerRequest).toBeGreaterThan(body.length);
    expect(result.bytesPerRequest).toBeLessThan(body.length + 400);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });

  it("counts answers that are not a success as errors", async () => {
    const result = await measureLoad(`${url}missing`, { seconds: 1, warmupSeconds: 0, connections: 2, generator });
    expect(result.requestsPerSecond).toBeGreaterThan(0);
    expect(result.errors).toBe(result.requestsPerSecond);
  });
});
