// Next's own page cache (FileSystemCache: in memory, and on disk under the build's server/route-cache),
// with its stamps on the clock Next stamps "use cache" entries with (why: lib/http/page-renders.ts):
// monotonic-clock.mjs, for pages and tag invalidations alike; and a page whose
// render began before the latest invalidation stamped with the instant its request reached Next.
// Plain JavaScript because Next loads it with Node's own import, in `next build` as well.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { monotonicNow } from "./monotonic-clock.mjs";

// Node's import gives the CommonJS exports; Next's bundler, which also compiles this file, the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** Installed by Parley's server (lib/http/page-renders.ts); absent in `next build`, where nobody writes. */
const pageRenders = () => globalThis[Symbol.for("parley.page-renders")];

let lastInvalidationAt = -Infinity;

export default class PageCacheHandler extends FileSystemCache {
  set(key, data, ctx) {
    // Stores in memory at once, then writes to disk.
    const storing = super.set(key, data, ctx);
    const renders = pageRenders();
    const begunAt = renders?.renderBegunAt();
    const outdated = begunAt !== undefined && begunAt <= lastInvalidationAt;
    const stored = FileSystemCache.memoryCache?.get(key);
    // Begun before the latest invalidation: counted from its start, so that invalidation expires it.
    // Otherwise from now, as Next counts (a page stays fresh for its revalidate time once stored).
    if (stored) stored.lastModified = outdated ? begunAt : monotonicNow();
    if (outdated) renders.outdatedRender();
    return storing;
  }

  async revalidateTag(tags, durations) {
    const now = monotonicNow();
    lastInvalidationAt = now;
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      const known = tagsManifest.get(tag) ?? {};
      if (!durations) tagsManifest.set(tag, { ...known, expired: now });
      else
        tagsManifest.set(tag, {
          ...known,
          stale: now,
          ...(durations.expire === undefined ? {} : { expired: now + durations.expire * 1000 }),
        });
    }
  }
}
