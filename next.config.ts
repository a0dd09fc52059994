import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // End-to-end tests build against their own database into their own folder, so that
  // `npm start` never serves pages prerendered from the test database.
  distDir: process.env.PARLEY_DIST_DIR || ".next",
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
