// Parley's page cache handler as Next makes it, with pages to store in it, for the tests of it.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import type {
  CachedRouteKind,
  IncrementalCachedAppPageValue,
  IncrementalCacheKind,
} from "next/dist/server/response-cache/types";
import PageCacheHandler from "../../../lib/cache/page-cache-handler.mjs";

// Next's kinds are const enums, which a test compiled file by file cannot read: their values.
export const APP_PAGE = "APP_PAGE" as CachedRouteKind.APP_PAGE;
export const READ = { kind: "APP_PAGE" as IncrementalCacheKind.APP_PAGE, isRoutePPREnabled: true, isFallback: false };
export const WRITE = { isRoutePPREnabled: true, isFallback: false };

export function newCache() {
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

/** A rendered page showing `text`, made from data tagged `tag`. */
export const page = (text: string, tag: string): IncrementalCachedAppPageValue => ({
  kind: APP_PAGE,
  html: `<p>${text}</p>`,
  rscData: undefined,
  headers: { "x-next-cache-tags": tag },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});

/** What the cache serves for `key`: the page's HTML, or undefined when it would render again. */
export async function served(cache: PageCacheHandler, key: string) {
  const value = (await cache.get(key, READ))?.value;
  return value?.kind === APP_PAGE ? value.html : undefined;
}
