import type { NextConfig } from "next";

// The framework's own floor: the same Next.js and React as Parley, the same rendering mode, one page.
const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
};

export default nextConfig;
