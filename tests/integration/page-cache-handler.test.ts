// Parley's page cache (lib/cache/page-cache-handler.mjs): Next's own FileSystemCache, which must
// not keep a render begun before an editor's write and stored after it.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import type { CachedRouteKind, IncrementalCachedAppPageValue, IncrementalCacheKind } from "next/dist/server/response-cache/types";
import { describe, expect, it } from "vitest";
import PageCacheHandler from "../../lib/cache/page-cache-handler.mjs";
import { asRequest, noteWrite, onDroppedRender } from "../../lib/http/page-renders";

// Next's kinds are const enums, which a test compiled file by file cannot read: their values.
const APP_PAGE = "APP_PAGE" as CachedRouteKind.APP_PAGE;
const READ = { kind: "APP_PAGE" as IncrementalCacheKind.APP_PAGE, isRoutePPREnabled: true, isFallback: false };
const WRITE = { isRoutePPREnabled: true, isFallback: false };

function newCache() {
  return new PageCacheHandler({
    fs: nodeFs,
    dev: false,
    flushToDisk: false,
    serverDistDir: mkdtempSync(path.join(os.tmpdir(), "parley-page-cache-")),
    revalidatedTags: [],
    _requestHeaders: {},
    maxMemoryCacheSize: 8 * 1024 * 1024,
  });
}

const page = (text: string): IncrementalCachedAppPageValue => ({
  kind: APP_PAGE,
  html: `<p>${text}</p>`,
  rscData: undefined,
  headers: { "x-next-cache-tags": "rounds" },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});
async function htmlOf(cache: PageCacheHandler, key: string) {
  const value = (await cache.get(key, READ))?.value;
  return value?.kind === APP_PAGE ? value.html : undefined;
}

describe("the page cache", () => {
  it("keeps what is rendered outside any request, as in `next build`", async () => {
    const cache = newCache();
    noteWrite();
    await cache.set("/built", page("built"), WRITE);
    expect(await htmlOf(cache, "/built")).toBe("<p>built</p>");
  });

  it("keeps a render begun after the latest write", async () => {
    const cache = newCache();
    noteWrite();
    await sleep(2);
    await asRequest(() => cache.set("/after", page("after"), WRITE));
    expect(await htmlOf(cache, "/after")).toBe("<p>after</p>");
  });

  it("drops a render begun before a write that landed while it ran, keeping the copy it had, and says so", async () => {
    const cache = newCache();
    await cache.set("/timeline", page("earlier"), WRITE);
    let dropped = 0;
    const stop = onDroppedRender(() => dropped++);
    try {
      await asRequest(async () => {
        await sleep(2);
        noteWrite();
        await sleep(2);
        await cache.set("/timeline", page("straddling"), WRITE);
      });
    } finally {
      stop();
    }
    expect(dropped).toBe(1);
    expect(await htmlOf(cache, "/timeline")).toBe("<p>earlier</p>");
  });
});
