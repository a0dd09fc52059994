import http from "node:http";
import { expect, test } from "@playwright/test";

// The API's per-address budget on the production server, with its default settings (60 at once,
// 120 a minute). Requests leave from other loopback addresses (127.0.0.2 and up; all of 127/8 is
// this machine), so the budget of 127.0.0.1, which the other tests use, is never touched.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function getFrom(localAddress: string, baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: hostname, port, path, localAddress, headers, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** Asks until refused; how many were answered first, and the refusal. */
async function exhaust(localAddress: string, baseURL: string, headers: Record<string, string> = {}) {
  const started = Date.now();
  for (let answered = 0; answered < 300; answered++) {
    const answer = await getFrom(localAddress, baseURL, "/api/v1/no-such-endpoint", headers);
    if (answer.status === 429) return { answered, refusal: answer, seconds: (Date.now() - started) / 1000 };
    expect(answer.status).toBe(404);
  }
  throw new Error(`${localAddress} was never refused`);
}

test("the API counts requests by the connection's address and answers 429 with Retry-After past the budget", async ({ baseURL }) => {
  const { answered, refusal, seconds } = await exhaust("127.0.0.2", baseURL!);
  // The burst, plus what refilled at two a second while asking.
  expect(answered).toBeGreaterThanOrEqual(60);
  expect(answered).toBeLessThanOrEqual(60 + Math.ceil(seconds * 2) + 1);
  expect(refusal.headers["retry-after"]).toBe("1");
  expect(refusal.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(JSON.parse(refusal.body)).toMatchObject({ error: { status: 429 } });
  expect((await getFrom("127.0.0.2", baseURL!, "/api/v1/rounds")).status).toBe(429);

  const neighbour = await getFrom("127.0.0.3", baseURL!, "/api/v1/rounds");
  expect(neighbour.status).toBe(200);
  expect(neighbour.headers["x-ratelimit-limit"]).toBe("60");
  expect(neighbour.headers["x-ratelimit-remaining"]).toBe("59");
});

test("a client talking to the server directly cannot choose the address it is counted by", async ({ baseURL }) => {
  const { refusal } = await exhaust("127.0.0.4", baseURL!, { "X-Forwarded-For": "198.51.100.77" });
  expect(refusal.status).toBe(429);
  // Counted by its connection: without the header it is still refused, and another connection
  // sending the same forged header has a budget of its own.
  expect((await getFrom("127.0.0.4", baseURL!, "/api/v1/rounds")).status).toBe(429);
  expect((await getFrom("127.0.0.4", baseURL!, "/api/v1/rounds", { "X-Forwarded-For": "203.0.113.9" })).status).toBe(429);
  expect((await getFrom("127.0.0.5", baseURL!, "/api/v1/rounds", { "X-Forwarded-For": "198.51.100.77" })).status).toBe(200);
});
