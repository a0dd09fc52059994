// Parley's page cache (lib/cache/page-cache-handler.mjs): Next's own FileSystemCache, with pages
// stamped with the instant their render began and every stamp on the monotonic clock.
import { setTimeout as sleep } from "node:timers/promises";
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testRedis } from "../../bench/lib/redis-server";
import { monotonicNow } from "../../lib/cache/monotonic-clock.mjs";
import { onContentChange } from "../../lib/http/content-changes";
import { asRequest } from "../../lib/http/page-renders";
import { newCache, page, READ, served, WRITE } from "./helpers/page-cache";

afterEach(() => vi.restoreAllMocks());

/** Every check, run without Redis and then with REDIS_URL set (lib/cache/cluster.mjs in play). */
const pageCacheChecks = () => {
  it("serves what is rendered outside any request, as in `next build`, until its tags are invalidated", async () => {
    const cache = newCache();
    await cache.set("/built", page("built", "built"), WRITE);
    expect(await served(cache, "/built")).toBe("<p>built</p>");
    await sleep(2);
    await cache.revalidateTag("built");
    expect(await served(cache, "/built")).toBeUndefined();
  });

  it("serves a render begun after its tags were invalidated", async () => {
    const cache = newCache();
    await cache.revalidateTag(["after"]);
    await sleep(2);
    await asRequest(() => cache.set("/after", page("after", "after"), WRITE));
    expect(await served(cache, "/after")).toBe("<p>after</p>");
  });

  it("does not serve a render begun before its tags were invalidated and stored after, and reports it", async () => {
    const cache = newCache();
    let outdated = 0;
    const stop = onContentChange(() => outdated++);
    try {
      await asRequest(async () => {
        await sleep(2);
        await cache.revalidateTag("straddled");
        await sleep(2);
        await cache.set("/timeline", page("straddling", "straddled"), WRITE);
      });
    } finally {
      stop();
    }
    // Once for the invalidation, once for the outdated render.
    expect(outdated).toBe(2);
    expect(await served(cache, "/timeline")).toBeUndefined();
  });

  it('does not serve a render begun before a save whose tags Next\'s "use cache" handler stamped first', async () => {
    // A save updates its tags through both handlers. Next's "use cache" one rounds its stamp to the
    // millisecond, so when it goes first its stamp can be a fraction later than this handler's.
    const cache = newCache();
    const data = createDefaultCacheHandler(1024 * 1024);
    await asRequest(async () => {
      await sleep(2);
      const now = performance.now.bind(performance);
      vi.spyOn(performance, "now").mockImplementation(() => now() + 0.9);
      await data.updateTags(["stamped-first"]);
      vi.restoreAllMocks();
      await cache.revalidateTag("stamped-first");
      await sleep(2);
      await cache.set("/stamped-first", page("straddling", "stamped-first"), WRITE);
    });
    expect(await served(cache, "/stamped-first")).toBeUndefined();
  });

  it("counts a render not overtaken by an invalidation as fresh from when it is stored, as Next does", async () => {
    const cache = newCache();
    let storedAt = 0;
    await asRequest(async () => {
      await sleep(50);
      storedAt = monotonicNow();
      await cache.set("/slow", page("slow", "slow"), WRITE);
    });
    expect((await cache.get("/slow", READ))?.lastModified).toBeGreaterThanOrEqual(storedAt);
  });

  for (const [clock, offsetMs] of [
    ["behind", -5000],
    ["ahead of", 5000],
  ] as const) {
    it(`invalidates what came before, with the wall clock 5 s ${clock} the monotonic one`, async () => {
      const wallClock = Date.now;
      vi.spyOn(Date, "now").mockImplementation(() => wallClock() + offsetMs);
      const cache = newCache();
      await asRequest(() => cache.set(`/skewed-${offsetMs}`, page("before", `skewed-${offsetMs}`), WRITE));
      await sleep(2);
      await cache.revalidateTag(`skewed-${offsetMs}`);
      expect(await served(cache, `/skewed-${offsetMs}`)).toBeUndefined();
    });
  }

  it('invalidates the data pages are made of (Next\'s "use cache" entries), with the wall clock 5 s behind the monotonic one', async () => {
    const wallClock = Date.now;
    vi.spyOn(Date, "now").mockImplementation(() => wallClock() - 5000);
    const cache = newCache();
    const data = createDefaultCacheHandler(1024 * 1024);
    const value = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("a row"));
        controller.close();
      },
    });
    const timestamp = monotonicNow();
    await data.set(
      "updateRecordBySlug",
      Promise.resolve({ value, tags: ["data"], stale: 300, timestamp, expire: 86_400, revalidate: 3600 }),
    );
    expect(await data.get("updateRecordBySlug", [])).toBeDefined();
    await sleep(2);
    await cache.revalidateTag("data");
    expect(await data.get("updateRecordBySlug", [])).toBeUndefined();
  });
};

describe("the page cache", pageCacheChecks);

describe("the page cache, with REDIS_URL set", () => {
  const redis = testRedis(6370 + Number(process.env.VITEST_POOL_ID ?? 0));
  beforeAll(async () => {
    await redis.start();
    process.env.REDIS_URL = redis.url;
  });
  afterAll(async () => {
    delete process.env.REDIS_URL;
    await redis.stop();
  });
  pageCacheChecks();
});
