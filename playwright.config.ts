import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The instant the server and the browser both take as "now" in end-to-end tests. */
export const E2E_NOW = "2026-11-21T12:00:00.000Z";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /under-load\.spec\.ts/ },
    // After desktop, so the phone sees every page with all that desktop's editors wrote.
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/, dependencies: ["desktop"] },
    // Readers under load while editors write: alone, after the rest, so its load slows no other test.
    {
      name: "under-load",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /under-load\.spec\.ts/,
      dependencies: ["desktop", "phone"],
    },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The server's own address, so feeds, calendars and share images link back to it.
    env: { PORT: String(PORT), PARLEY_CLOCK: E2E_NOW, PARLEY_ORIGIN: `http://127.0.0.1:${PORT}` },
  },
});
