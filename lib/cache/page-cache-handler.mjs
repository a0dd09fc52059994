// Next's own page cache (FileSystemCache: in memory, seeded from the build) with one rule added:
// a page render begun before an editor's latest write is not kept (why: lib/http/page-renders.ts).
// Plain JavaScript because Next loads it with Node's own import, in `next build` as well.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

// Node's import gives the CommonJS exports; Next's bundler, which also compiles this file, the default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** Installed by Parley's server (lib/http/page-renders.ts); absent in `next build`, where nobody writes. */
const pageRenders = () => globalThis[Symbol.for("parley.page-renders")];

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    const renders = pageRenders();
    if (data && renders?.begunBeforeLastWrite()) return renders.dropped();
    return super.set(key, data, ctx);
  }
}
