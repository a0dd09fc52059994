import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Modules marked server-only are tested here, outside Next's server bundle.
      "server-only": path.join(root, "tests", "support", "empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          alias: {
            "next/cache": path.join(root, "tests", "support", "next-cache.ts"),
            "next/headers": path.join(root, "tests", "support", "next-headers.ts"),
          },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
