import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // End-to-end tests build against their own database into their own folder, so that
  // `npm start` never serves pages prerendered from the test database.
  distDir: process.env.PARLEY_DIST_DIR || ".next",
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // Only the embeddable countdowns may be framed by other sites; nothing else may be framed at all.
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
