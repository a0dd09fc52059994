import { createClient, type RedisClientType } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimits, inRedis, type RateLimits } from "@/lib/rate-limits";
import { testRedis } from "../../bench/lib/redis-server";

// The API's budget and the sign-in throttle of two instances, each with its own connection to one
// real Redis: they count together; with Redis gone, each goes on counting in its own memory.

const redis = testRedis(6390 + Number(process.env.VITEST_POOL_ID ?? 0));
const clients: RedisClientType[] = [];
const POLICY = { burst: 4, perMinute: 1 };

async function instance(): Promise<RateLimits> {
  const client: RedisClientType = createClient({ url: redis.url, disableOfflineQueue: true });
  client.on("error", () => {});
  await client.connect();
  clients.push(client);
  return createRateLimits(POLICY, inRedis(client));
}

beforeAll(() => redis.start());
afterAll(async () => {
  await Promise.all(clients.map((client) => client.destroy()));
  await redis.stop();
});

describe("rate limits in Redis", () => {
  it("give one address one API budget across instances", async () => {
    const [a, b] = [await instance(), await instance()];
    const verdicts = [];
    for (let n = 0; n < 8; n++) verdicts.push((await [a, b][n % 2]!.api.take("192.0.2.1")).allowed);
    expect(verdicts).toEqual([true, true, true, true, false, false, false, false]);
    // Another address has its own.
    expect((await b.api.take("192.0.2.2")).allowed).toBe(true);
  });

  it("throttle an account's sign-ins after failures made through either instance", async () => {
    const [a, b] = [await instance(), await instance()];
    for (let n = 0; n < 5; n++) await [a, b][n % 2]!.signIn.recordFailure("Editor@Example.com", "192.0.2.9");
    expect(await a.signIn.retryAfter("editor@example.com", "192.0.2.10")).toBeGreaterThan(0);
    expect(await b.signIn.retryAfter("editor@example.com", "192.0.2.11")).toBeGreaterThan(0);
    await a.signIn.recordSuccess("editor@example.com");
    expect(await b.signIn.retryAfter("editor@example.com", "192.0.2.11")).toBe(0);
  });

  it("fall back to each instance's memory while Redis is down, without an error", async () => {
    const a = await instance();
    await redis.stop();
    const verdicts = [];
    for (let n = 0; n < 5; n++) verdicts.push((await a.api.take("192.0.2.3")).allowed);
    expect(verdicts).toEqual([true, true, true, true, false]);
    await redis.start();
  });
});
