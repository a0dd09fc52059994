import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;

/**
 * Files run once, not again against PostgreSQL: those that use both stores themselves (a SQLite
 * database and a cluster of their own), and the bench's load generators, which use none.
 */
const RUN_ONCE = [
  "tests/integration/content-across-stores.test.ts",
  "tests/integration/postgresql-backup.test.ts",
  "tests/integration/load-generator.test.ts",
];

function integrationProject(
  name: string,
  globalSetup?: string,
  exclude: string[] = [],
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      alias: {
        "next/cache": path.join(root, "tests", "support", "next-cache.ts"),
        "next/headers": path.join(root, "tests", "support", "next-headers.ts"),
      },
      include: ["tests/integration/**/*.test.ts"],
      exclude,
      environment: "node",
      pool: "forks",
      testTimeout: 30_000,
      hookTimeout: 60_000,
      globalSetup,
    },
  };
}

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
      integrationProject("integration"),
      // The same files against PostgreSQL: one server for the run (helpers/postgresql-setup.ts),
      // a database of its own per test file (helpers/fresh-database.ts).
      integrationProject(
        "integration-postgresql",
        path.join(root, "tests/integration/helpers/postgresql-setup.ts"),
        RUN_ONCE,
      ),
    ],
  },
});
