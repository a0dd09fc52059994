// Next's own page cache (FileSystemCache: in memory, and on disk under the build's server/route-cache),
// with its stamps on the clock Next stamps "use cache" entries with (why: lib/http/page-renders.ts):
// monotonic-clock.mjs, for pages and tag invalidations alike; and a page whose
// render began before the latest invalidation stamped with the instant its request reached Next.
// With REDIS_URL, invalidations reach every instance through cluster.mjs, and rendered pages are
// shared through shared-pages.mjs.
// Plain JavaScript because Next loads it with Node's own import, in `next build` as well.
import { AsyncLocalStorage } from "node:async_hooks";
import { channel } from "node:diagnostics_channel";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import {
  clusterClient,
  clusterEnabled,
  contentChanges,
  invalidate,
  latestInvalidation,
  refreshClusterTags,
} from "./cluster.mjs";
import { monotonicNow } from "./monotonic-clock.mjs";
import { buildIdOf, isShared, sharedPage, sharePage } from "./shared-pages.mjs";

// Node's import gives the CommonJS exports; Next's bundler, which also compiles this file, the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/**
 * When the request whose work is under way reached Next: the front server runs each request in
 * `pageRequests.runStores(instant, …)` (lib/http/page-renders.ts). A named channel, because the
 * server and this file are separate module copies; undefined in `next build`, where nobody writes.
 */
const requestStarts = new AsyncLocalStorage();
channel("parley.page-requests").bindStore(requestStarts);
// Connected from start-up, so that the first reader or save does not wait for it.
clusterClient();

// Pages stored up to this instant (epoch ms) are the build's prerendered pages, and `npm start` sets
// it to 0 when they were made from other content or for another origin than this instance serves
// (scripts/app-server.ts). Unset (a plain `next start`), every stored page is served, as Next does.
const prerenderedUntil = Number(process.env.PARLEY_PRERENDERED_UNTIL ?? Infinity);
// Rendered by this process, or by another instance of this site and read from Redis.
const renderedHere = new WeakSet();
const PAGE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

/**
 * Whether this process may serve a stored page: rendered by this site at run time, or prerendered by
 * a build whose pages hold this instance's content and origin. Renders stored on disk by earlier
 * runs or by other instances sharing the build folder (without Redis) may hold another database's
 * content or origin: rendered again.
 */
export function servable(entry) {
  return !PAGE_KINDS.has(entry.value?.kind) || renderedHere.has(entry) || entry.lastModified <= prerenderedUntil;
}

export default class PageCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.buildId = buildIdOf(ctx.serverDistDir);
    // Instances share the build folder: with Redis, pages rendered at run time are kept in memory and
    // in Redis, never written to files another instance could read half-written. The build's own
    // prerendered pages are still read from disk.
    if (clusterEnabled()) this.flushToDisk = false;
  }

  async get(key, ctx) {
    await refreshClusterTags();
    const found = await super.get(key, ctx);
    if (found && servable(found)) return found;
    if (!clusterEnabled()) return null;
    const shared = await sharedPage(this.buildId, key);
    if (!shared) return null;
    // Kept here as if rendered here, then read as Next reads its own: expired tags drop it.
    FileSystemCache.memoryCache?.set(key, shared);
    renderedHere.add(shared);
    return super.get(key, ctx);
  }

  set(key, data, ctx) {
    // Stores in memory at once, then writes to disk (without Redis) or to Redis.
    const written = super.set(key, data, ctx);
    const begunAt = requestStarts.getStore();
    const outdated = begunAt !== undefined && begunAt <= latestInvalidation();
    const stored = FileSystemCache.memoryCache?.get(key);
    // Begun before the latest invalidation: counted from its start, so that invalidation expires it.
    // Otherwise from now, as Next counts (a page stays fresh for its revalidate time once stored).
    if (stored) stored.lastModified = outdated ? begunAt : monotonicNow();
    if (stored) renderedHere.add(stored);
    // Requests that joined it got its answer: copies of that answer are dropped, as after a write.
    if (outdated) contentChanges.publish({ tags: [] });
    // An outdated render is not handed on: every other instance would have to drop it too.
    const sharing = stored && !outdated && isShared(stored) ? sharePage(this.buildId, key, stored) : undefined;
    return Promise.all([written, sharing]).then(() => undefined);
  }

  async revalidateTag(tags, durations) {
    const now = monotonicNow();
    const stamps = !durations
      ? { expired: now }
      : { stale: now, ...(durations.expire === undefined ? {} : { expired: now + durations.expire * 1000 }) };
    await invalidate(typeof tags === "string" ? [tags] : tags, stamps);
  }
}
