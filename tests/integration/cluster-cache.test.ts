// Parley's caches with REDIS_URL set, against a real Redis: what this process invalidates is in
// the shared manifest before the call returns; what another instance invalidates (written here as
// its cluster.mjs writes it) expires this one's pages on the next read; "use cache" entries stored
// by one instance are read by the others; and an invalidation made while Redis is down is handed on
// once it is back.
import { setTimeout as sleep } from "node:timers/promises";
import { createClient, type RedisClientType } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testRedis } from "../../bench/lib/redis-server";
import dataCache from "../../lib/cache/data-cache-handler.mjs";
import { newCache, READ, page, served, WRITE } from "./helpers/page-cache";

const redis = testRedis(6380 + Number(process.env.VITEST_POOL_ID ?? 0));
/** The default key prefix: this Redis is the test's own. */
const PREFIX = "parley:";
let other: RedisClientType;

async function until(check: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("not within the time allowed");
    await sleep(50);
  }
}

beforeAll(async () => {
  await redis.start();
  process.env.REDIS_URL = redis.url;
  // The handler connects on first use, as in a server started with REDIS_URL.
  await newCache().get("/", READ);
  other = createClient({ url: redis.url });
  other.on("error", () => {});
  await other.connect();
  // The handler's client and its subscriber, and this one.
  await until(async () => (await other.clientList()).length >= 3);
});

afterAll(async () => {
  await other.destroy();
  await redis.stop();
  delete process.env.REDIS_URL;
});

describe("caches shared through Redis", () => {
  it("write an invalidation to the shared manifest before it returns", async () => {
    const before = Number((await other.get(`${PREFIX}tags-version`)) ?? 0);
    await newCache().revalidateTag("round:geneva");
    expect(Number(await other.get(`${PREFIX}tags-version`))).toBe(before + 1);
    expect(JSON.parse((await other.hGet(`${PREFIX}tags`, "round:geneva"))!)).toHaveProperty("expired");
  });

  it("expire a page on the next read after another instance invalidates its tag", async () => {
    const cache = newCache();
    await cache.set("/rounds/london", page("london", "round:london"), WRITE);
    expect(await served(cache, "/rounds/london")).toBe("<p>london</p>");
    await sleep(2);
    // What another instance's cluster.mjs writes, on Redis's clock.
    const [seconds, micros] = (await other.sendCommand(["TIME"])) as [string, string];
    await other
      .multi()
      .hSet(
        `${PREFIX}tags`,
        "round:london",
        JSON.stringify({ expired: Number(seconds) * 1000 + Number(micros) / 1000 }),
      )
      .incr(`${PREFIX}tags-version`)
      .exec();
    expect(await served(cache, "/rounds/london")).toBeUndefined();
  });

  it("share rendered pages: stored in Redis by one instance, served from there by another", async () => {
    await newCache().set("/rounds/madrid", page("madrid", "round:madrid"), WRITE);
    const keys = await other.keys(`${PREFIX}page:*`);
    const key = keys.find((k) => k.endsWith(":/rounds/madrid"))!;
    expect(key).toBeDefined();
    const stored = (await other.get(key))!;
    expect(JSON.parse(stored).value.html).toBe("<p>madrid</p>");

    // Stored by another instance only: served from Redis here, until its tag is invalidated.
    const cache = newCache();
    await other.set(key.replace("/rounds/madrid", "/rounds/kuala-lumpur"), stored.replaceAll("madrid", "kuala-lumpur"));
    expect(await served(cache, "/rounds/kuala-lumpur")).toBe("<p>kuala-lumpur</p>");
    await sleep(2);
    await cache.revalidateTag("round:kuala-lumpur");
    expect(await served(cache, "/rounds/kuala-lumpur")).toBeUndefined();
  });

  it('share "use cache" entries: stored in Redis by one instance, read there by another', async () => {
    const value = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("a row"));
        controller.close();
      },
    });
    const entry = {
      value,
      tags: ["data"],
      stale: 300,
      timestamp: performance.timeOrigin + performance.now(),
      expire: 86_400,
      revalidate: 900,
    };
    await dataCache.set("roundsAtAGlance", Promise.resolve(entry));
    const stored = JSON.parse((await other.get(`${PREFIX}data:roundsAtAGlance`))!);
    expect(Buffer.from(stored.value, "base64").toString()).toBe("a row");
    expect(stored.tags).toEqual(["data"]);
    expect(await other.ttl(`${PREFIX}data:roundsAtAGlance`)).toBeGreaterThan(0);

    // Stored by another instance only: read from Redis here.
    await other.set(
      `${PREFIX}data:trackRecord`,
      JSON.stringify({ ...stored, value: Buffer.from("a record").toString("base64") }),
    );
    const read = await dataCache.get("trackRecord", []);
    expect(await new Response(read!.value).text()).toBe("a record");
  });

  it("keep an invalidation made while Redis is down, and hand it on once it is back", async () => {
    await redis.stop();
    const started = performance.now();
    await newCache().revalidateTag("round:stockholm");
    expect(performance.now() - started, "the save does not wait for Redis").toBeLessThan(1000);
    await redis.start();
    await until(async () => (await other.hGet(`${PREFIX}tags`, "round:stockholm").catch(() => null)) !== null);
  });
});
