import http from "node:http";
import { expect, test } from "@playwright/test";

// The API's per-address budget on the production server, with its default settings (60 at once,
// 120 a minute). Requests leave from other loopback addresses (127.0.1.2 and up; all of 127/8 is
// this machine), so the budget of 127.0.0.1, which the other tests use, is never touched.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function getFrom(
  localAddress: string,
  baseURL: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
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

/**
 * Asks `count` times at once after a refusal. The steady rate comes back two at a time, once a
 * second, and a refused request takes nothing, so the next two may come back at any moment: at most
 * two for each second since the refusal (plus two for the second under way) are answered, and the
 * rest are refused. The rest of the burst comes back only after 29 s.
 */
async function expectStillRefused(
  localAddress: string,
  baseURL: string,
  refusedAt: number,
  headers: Record<string, string> = {},
) {
  const count = 20;
  const answers = await Promise.all(
    Array.from({ length: count }, () => getFrom(localAddress, baseURL, "/api/v1/rounds", headers)),
  );
  const refilled = 2 * (Math.floor((Date.now() - refusedAt) / 1000) + 1);
  const answered = answers.filter((answer) => answer.status === 200).length;
  expect(answers.every((answer) => answer.status === 200 || answer.status === 429)).toBe(true);
  expect(answered).toBeLessThanOrEqual(Math.min(count - 1, refilled));
}

/** Asks until refused; how many were answered first, the refusal and when it came. */
async function exhaust(localAddress: string, baseURL: string, headers: Record<string, string> = {}) {
  const started = Date.now();
  for (let answered = 0; answered < 300; answered++) {
    const answer = await getFrom(localAddress, baseURL, "/api/v1/no-such-endpoint", headers);
    if (answer.status === 429)
      return { answered, refusal: answer, refusedAt: Date.now(), seconds: (Date.now() - started) / 1000 };
    expect(answer.status).toBe(404);
  }
  throw new Error(`${localAddress} was never refused`);
}

/** A loopback address of this test's own, fresh on a retry (the first attempt may have spent its budget). */
function loopback(retry: number, host: number): string {
  return `127.0.${retry + 1}.${host}`;
}

test("the API counts requests by the connection's address and answers 429 with Retry-After past the budget", async ({
  baseURL,
}, testInfo) => {
  const client = loopback(testInfo.retry, 2);
  const { answered, refusal, refusedAt, seconds } = await exhaust(client, baseURL!);
  // The burst, plus the two a second of the steady rate while asking.
  expect(answered).toBeGreaterThanOrEqual(60);
  expect(answered).toBeLessThanOrEqual(60 + Math.ceil(seconds * 2) + 1);
  expect(refusal.headers["retry-after"]).toBe("1");
  expect(refusal.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(JSON.parse(refusal.body)).toMatchObject({ error: { status: 429 } });
  // Another endpoint draws from the same budget.
  await expectStillRefused(client, baseURL!, refusedAt);

  const neighbour = await getFrom(loopback(testInfo.retry, 3), baseURL!, "/api/v1/rounds");
  expect(neighbour.status).toBe(200);
  expect(neighbour.headers["x-ratelimit-limit"]).toBe("60");
  expect(neighbour.headers["x-ratelimit-remaining"]).toBe("59");
});

test("a client talking to the server directly cannot choose the address it is counted by", async ({
  baseURL,
}, testInfo) => {
  const client = loopback(testInfo.retry, 4);
  const { refusal, refusedAt } = await exhaust(client, baseURL!, { "X-Forwarded-For": "198.51.100.77" });
  expect(refusal.status).toBe(429);
  // Counted by its connection: without the header it is still refused, and another connection
  // sending the same forged header has a budget of its own.
  await expectStillRefused(client, baseURL!, refusedAt);
  await expectStillRefused(client, baseURL!, refusedAt, { "X-Forwarded-For": "203.0.113.9" });
  expect(
    (await getFrom(loopback(testInfo.retry, 5), baseURL!, "/api/v1/rounds", { "X-Forwarded-For": "198.51.100.77" }))
      .status,
  ).toBe(200);
});
