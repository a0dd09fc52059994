import path from "node:path";
import type { NextConfig } from "next";
import { READER_PAGES_SOURCE, TIMELINE_QUERY_KEYS } from "./lib/http/reader-pages";

const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers heed HSTS only over HTTPS, where production runs (behind nginx or another TLS proxy).
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // End-to-end tests build against their own database into their own folder, so that
  // `npm start` never serves pages prerendered from the test database.
  distDir: process.env.PARLEY_DIST_DIR || ".next",
  cacheComponents: true,
  // Next's page cache with its stamps on one clock, so that an editor's save expires every render begun before it.
  cacheHandler: path.resolve(import.meta.dirname, "lib/cache/page-cache-handler.mjs"),
  // "use cache" entries in memory, and in Redis too when REDIS_URL is set (shared by every instance).
  cacheHandlers: { default: path.resolve(import.meta.dirname, "lib/cache/data-cache-handler.mjs") },
  partialPrefetching: true,
  poweredByHeader: false,
  // Next hashes the whole page for an ETag on every request (a tenth of the CPU a cached page costs);
  // pages are not revalidated by browsers anyway (max-age=0 below), and the API sets its own ETags.
  generateEtags: false,
  reactStrictMode: true,
  cacheLife: {
    // Pages showing countdowns or what is still upcoming: prerenderable (expire ≥ 5 min,
    // stale ≥ 30 s), re-rendered at most a second after the instant they show.
    clock: { stale: 30, revalidate: 1, expire: 300 },
  },
  async rewrites() {
    // The timeline without filters, where news links land, is a static page; with any, it is
    // rendered per request. (One rule: each rule costs every request some matching.)
    const unfiltered = {
      source: "/timeline",
      missing: TIMELINE_QUERY_KEYS.map((key) => ({ type: "query" as const, key })),
      destination: "/timeline-latest",
    };
    return { beforeFiles: [unfiltered], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      // The Content-Security-Policy (with the hashes of each page's inline scripts, and
      // frame-ancestors) is set per response by the server in front of Next: lib/http/front-server.ts.
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Only the embeddable countdowns may be framed by other sites; nothing else may be framed at all.
      { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // Next keeps reader pages until an editor's change invalidates their tags; a shared cache in
      // front (ops/nginx, or the server's own micro-cache) cannot see those invalidations, so it may
      // keep a page for one second.
      { source: READER_PAGES_SOURCE, headers: [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=1" }] },
    ];
  },
};

export default nextConfig;
