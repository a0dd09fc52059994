// Next's own page cache (FileSystemCache: in memory, seeded from the build), with pages and tag
// invalidations stamped the way Next stamps "use cache" entries (why: lib/http/page-renders.ts):
// - a page with the instant its render began, not the instant it was stored;
// - all of it on one clock, performance.timeOrigin + performance.now().
// Plain JavaScript because Next loads it with Node's own import, in `next build` as well.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

// Node's import gives the CommonJS exports; Next's bundler, which also compiles this file, the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

const clock = () => performance.timeOrigin + performance.now();

/** Installed by Parley's server (lib/http/page-renders.ts); absent in `next build`, where nobody writes. */
const pageRenders = () => globalThis[Symbol.for("parley.page-renders")];

let lastInvalidationAt = -Infinity;

export default class PageCacheHandler extends FileSystemCache {
  set(key, data, ctx) {
    // Stores in memory at once, then writes to disk.
    const storing = super.set(key, data, ctx);
    const begunAt = pageRenders()?.renderBegunAt() ?? clock();
    const stored = FileSystemCache.memoryCache?.get(key);
    if (data && stored) stored.lastModified = begunAt;
    if (begunAt <= lastInvalidationAt) pageRenders()?.outdatedRender();
    return storing;
  }

  async revalidateTag(tags, durations) {
    const now = clock();
    lastInvalidationAt = now;
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      const known = tagsManifest.get(tag) ?? {};
      if (!durations) tagsManifest.set(tag, { ...known, expired: now });
      else tagsManifest.set(tag, { ...known, stale: now, ...(durations.expire === undefined ? {} : { expired: now + durations.expire * 1000 }) });
    }
  }
}
