import { describe, expect, it } from "vitest";
import { ResponseCache, sharedCacheSeconds, type StoredResponse } from "../../lib/http/response-cache";

const page = (body: string, headers: Record<string, string | string[]> = {}): StoredResponse => ({
  status: 200,
  headers: { "cache-control": "public, max-age=0, s-maxage=1", "content-type": "text/html", ...headers },
  body: Buffer.from(body),
});

/** A fetch that waits until released, counting its calls: clients arriving while it is in flight. */
function heldFetch(response: () => StoredResponse) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held = {
    calls: 0,
    release: () => release(),
    fetch: async () => {
      held.calls++;
      await gate;
      return response();
    },
  };
  return held;
}

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("sharedCacheSeconds", () => {
  it("reads s-maxage of public responses only", () => {
    expect(sharedCacheSeconds("public, max-age=0, s-maxage=1")).toBe(1);
    expect(sharedCacheSeconds("public, s-maxage=30")).toBe(30);
    expect(sharedCacheSeconds("s-maxage=30")).toBe(0);
    expect(sharedCacheSeconds("public, no-cache")).toBe(0);
    expect(sharedCacheSeconds("private, no-cache, no-store, max-age=0, must-revalidate")).toBe(0);
    expect(sharedCacheSeconds("public, s-maxage=abc")).toBe(0);
    expect(sharedCacheSeconds(undefined)).toBe(0);
  });
});

describe("ResponseCache", () => {
  it("keeps a page for its s-maxage, then fetches it again", async () => {
    const time = clock();
    const cache = new ResponseCache(1024 * 1024, time.now);
    let fetches = 0;
    const fetch = async () => page(`render ${++fetches}`);
    expect((await cache.getOrFetch("/", fetch)).hit).toBe(false);
    time.advance(999);
    const second = await cache.getOrFetch("/", fetch);
    expect(second.hit).toBe(true);
    expect(second.response.body.toString()).toBe("render 1");
    time.advance(1);
    expect((await cache.getOrFetch("/", fetch)).response.body.toString()).toBe("render 2");
  });

  it("sends one request upstream for clients that arrive together", async () => {
    const cache = new ResponseCache();
    const held = heldFetch(() => page("shared"));
    const waiting = Array.from({ length: 20 }, () => cache.getOrFetch("/timeline", held.fetch));
    held.release();
    const results = await Promise.all(waiting);
    expect(held.calls).toBe(1);
    expect(results.filter((r) => r.hit)).toHaveLength(19);
    expect(new Set(results.map((r) => r.response.body.toString()))).toEqual(new Set(["shared"]));
  });

  it("never hands one client's private or failed response to another, and never keeps it", async () => {
    for (const response of [
      page("editor's page", { "cache-control": "private, no-cache, no-store" }),
      page("signed in", { "set-cookie": ["session=abc"] }),
      { ...page("broken"), status: 500 },
      page("no header", { "cache-control": "" }),
    ]) {
      const cache = new ResponseCache();
      const held = heldFetch(() => response);
      const both = [cache.getOrFetch("/x", held.fetch), cache.getOrFetch("/x", held.fetch)];
      held.release();
      const results = await Promise.all(both);
      expect(held.calls, response.body.toString()).toBe(2);
      expect(results.every((r) => !r.hit)).toBe(true);
      expect(cache.size).toBe(0);
    }
  });

  it("forgets everything on a purge, and fetches again a page whose fetch straddled it", async () => {
    const cache = new ResponseCache();
    await cache.getOrFetch("/", async () => page("before"));
    let renders = 0;
    const held = heldFetch(() => page(renders++ === 0 ? "rendered before the write" : "rendered after it"));
    const inFlight = cache.getOrFetch("/deadlines", held.fetch);
    cache.purge();
    held.release();
    const { response } = await inFlight;
    expect(held.calls).toBe(2);
    expect(response.body.toString()).toBe("rendered after it");
    expect(cache.get("/deadlines")?.body.toString()).toBe("rendered after it");
    expect((await cache.getOrFetch("/", async () => page("after"))).response.body.toString()).toBe("after");
  });

  it("does not hand a client who joined a fetch the answer of one a purge overtook", async () => {
    const cache = new ResponseCache();
    let renders = 0;
    const held = heldFetch(() => page(`render ${++renders}`));
    const first = cache.getOrFetch("/timeline", held.fetch);
    const joined = cache.getOrFetch("/timeline", held.fetch);
    cache.purge();
    held.release();
    const results = await Promise.all([first, joined]);
    expect(results.map((r) => r.response.body.toString())).not.toContain("render 1");
    expect(results.every((r) => !r.hit)).toBe(true);
  });

  it("sends what it has after two more fetches when every fetch straddles a purge", async () => {
    const cache = new ResponseCache();
    let fetches = 0;
    const { response, hit } = await cache.getOrFetch("/", async () => {
      fetches++;
      cache.purge();
      return page(`render ${fetches}`);
    });
    expect(fetches).toBe(3);
    expect(response.body.toString()).toBe("render 3");
    expect(hit).toBe(false);
    expect(cache.size).toBe(0);
  });

  it("stays within its byte budget, dropping the oldest pages first", async () => {
    const cache = new ResponseCache(4000);
    for (const key of ["/a", "/b", "/c", "/d", "/e"]) await cache.getOrFetch(key, async () => page("x".repeat(1000)));
    expect(cache.size).toBe(4);
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.get("/e")?.body.byteLength).toBe(1000);
    await cache.getOrFetch("/huge", async () => page("x".repeat(1001)));
    expect(cache.get("/huge")).toBeUndefined();
  });
});
