// The end-to-end specs that also run on PostgreSQL: the editors' story and readers under load,
// through nginx in front of two instances sharing one PostgreSQL database and one Redis
// (tests/e2e/postgresql/global-setup.ts). Run after the SQLite run, whose build they reuse.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/browser";
import { POSTGRESQL_E2E_PORT } from "./tests/e2e/postgresql/global-setup";

const chrome = { ...devices["Desktop Chrome"], channel: undefined };

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/postgresql/global-setup.ts",
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${POSTGRESQL_E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "postgresql", use: chrome, testMatch: /editors\.spec\.ts/ },
    {
      name: "postgresql-under-load",
      use: chrome,
      testMatch: /under-load\.spec\.ts/,
      dependencies: ["postgresql"],
    },
  ],
});
