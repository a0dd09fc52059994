import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureLoad } from "../../bench/lib/load";

// The bench's load generators (autocannon keeping no bodies, and wrk) against a page of the size and
// the characters of Parley's home: every response is counted, in full, latencies are in
// milliseconds, and an answer that is not a success is never counted as one.

const body = Buffer.from(`<p>Geneva – London — Stockholm · “Madrid” …</p>`.repeat(1_400));
const SLOW_MS = 40;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
      return response.end(body);
    }
    if (request.url === "/slow") {
      setTimeout(() => response.end("late"), SLOW_MS);
      return;
    }
    if (request.url === "/moved") {
      response.writeHead(302, { location: "/" });
      return response.end();
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(["autocannon", "wrk"] as const)("the bench's load generator %s", (generator) => {
  const load = (path: string, connections = 4) =>
    measureLoad(origin + path, { seconds: 2, warmupSeconds: 0, connections, generator });

  it("counts every byte of pages with non-ASCII characters, without errors", async () => {
    const result = await load("/");
    expect(result.errors).toBe(0);
    expect(result.requests).toBeGreaterThan(0);
    expect(result.requestsPerSecond).toBeGreaterThan(result.requests / 3);
    // Both count the status line and headers too, and wrk the part of a body read when it stops.
    expect(result.bytesPerRequest).toBeGreaterThan(body.length);
    expect(result.bytesPerRequest).toBeLessThan(body.length * 1.01);
  });

  it("reports latencies in milliseconds", async () => {
    const result = await load("/slow", 2);
    expect(result.p50Ms).toBeGreaterThanOrEqual(SLOW_MS * 0.9);
    expect(result.p50Ms).toBeLessThan(SLOW_MS * 5);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });

  it("counts answers that are not a success as errors", async () => {
    const result = await load("/missing", 2);
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(result.requests);
  });

  it("never counts a redirect as a success", async () => {
    if (generator === "wrk") {
      await expect(load("/moved", 2)).rejects.toThrow(/answered 302/);
    } else {
      const result = await load("/moved", 2);
      expect(result.errors).toBe(result.requests);
    }
  });
});
