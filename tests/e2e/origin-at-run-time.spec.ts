import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_NOW } from "../../playwright.config";

// The end-to-end build was made with this suite's server's origin (A). A second instance serves that
// same build, through `npm start`'s own steps, under another origin (B) and on a database of its
// own: every absolute link it gives (pages, client navigations, feeds, calendars, the API) is B's.

const root = path.resolve(import.meta.dirname, "../..");
const name = process.env.E2E_NAME ?? "e2e";
const e2ePort = Number(process.env.E2E_PORT ?? 3100);
const port = e2ePort + 58;
const ORIGIN_A = `http://127.0.0.1:${e2ePort}`;
const ORIGIN_B = "https://parley-b.example";
const B = `http://127.0.0.1:${port}`;
const DEADLINE = "china-notice-46-suspension-2026-11-27";

let server: ChildProcess;
let output = "";
let dir: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-origin-b-"));
  server = spawn(process.execPath, ["--import", "tsx", "tests/support/serve-existing-build.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      PORT: String(port),
      PARLEY_DIST_DIR: `.next-${name}`,
      DATABASE_URL: `file:${path.join(dir, "b.db")}`,
      PARLEY_ORIGIN: ORIGIN_B,
      PARLEY_CLOCK: E2E_NOW,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  await expect
    .poll(
      () =>
        fetch(`${B}/api/health`).then(
          (r) => r.status,
          () => (server.exitCode === null ? 0 : -1),
        ),
      { timeout: 150_000, message: output },
    )
    .toBe(200);
  expect(output).toContain("each page is rendered on its first request");
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise((resolve) => (server?.exitCode === null ? server.once("exit", resolve) : resolve(null)));
  rmSync(dir, { recursive: true, force: true });
});

async function text(pathname: string) {
  const response = await fetch(`${B}${pathname}`);
  expect(response.status, pathname).toBe(200);
  return response.text();
}

test("pages prerendered under origin A link to origin B", async ({ page }) => {
  for (const pathname of ["/", "/deadlines", "/data", `/deadlines/${DEADLINE}`, `/embed/deadlines/${DEADLINE}`]) {
    const html = await text(pathname);
    expect(html, pathname).not.toContain(ORIGIN_A);
    expect(html, pathname).toContain(ORIGIN_B);
  }

  await page.goto(`${B}/`);
  expect(await page.locator('head meta[property="og:image"]').getAttribute("content")).toMatch(
    new RegExp(`^${ORIGIN_B}/opengraph-image`),
  );
  for (const feed of await page.locator('head link[rel="alternate"]').all()) {
    expect(await feed.getAttribute("href")).toMatch(new RegExp(`^${ORIGIN_B}/`));
  }
  await expect(page.locator("footer a", { hasText: "calendar" }).first()).toHaveAttribute(
    "href",
    "webcal://parley-b.example/calendar.ics",
  );

  // A client navigation: the page's payload comes from the server again, not the HTML above.
  await page.goto(`${B}/deadlines`);
  await page.locator(`a[href="/deadlines/${DEADLINE}"]`).first().click();
  await expect(page).toHaveURL(`${B}/deadlines/${DEADLINE}`);
  expect(await page.getByTestId("embed-code").inputValue()).toContain(
    `<iframe src="${ORIGIN_B}/embed/deadlines/${DEADLINE}"`,
  );
});

test("feeds, calendars and the API link to origin B", async () => {
  for (const pathname of ["/feed.xml", "/feed.rss", "/feed.json", "/calendar.ics", "/api/v1/rounds?per_page=2"]) {
    const body = await text(pathname);
    expect(body, pathname).not.toContain(ORIGIN_A);
    expect(body, pathname).toContain(ORIGIN_B);
  }
  const openapi = JSON.parse(await text("/api/v1/openapi.json")) as { servers: { url: string }[] };
  expect(openapi.servers[0]?.url).toMatch(new RegExp(`^${ORIGIN_B}`));
});
