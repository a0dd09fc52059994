import { expect, test } from "@playwright/test";
import { READER_PAGE_BUDGET_GZIP } from "../../bench/js-budget";
import { firstLoadJs } from "../../bench/lib/first-load-js";
import { READER_PAGES } from "../../bench/lib/reader-pages";
import { useFixedClock } from "./fixed-clock";

// What keeps reader pages fast under load (npm run bench measures it): they come from Next's cache,
// a shared cache may keep them for a second, and they load little JavaScript. Sizes, not timings.

test("every reader page loads at most 15 KB gzip more JavaScript than a bare Next.js page", async ({
  request,
  baseURL,
}) => {
  const get = async (url: string) => new Uint8Array(await (await request.get(url)).body());
  for (const path of READER_PAGES) {
    const page = await firstLoadJs(baseURL!, path, get);
    expect(page.scripts.length, `${path} loads scripts`).toBeGreaterThan(0);
    expect(
      page.gzipBytes,
      `${path}: ${page.scripts.map((s) => `${s.src} ${s.gzipBytes} B`).join(", ")}`,
    ).toBeLessThanOrEqual(READER_PAGE_BUDGET_GZIP);
  }
});

test("reader pages come from Next's cache, and a shared cache may keep them for one second only", async ({
  request,
}) => {
  for (const path of READER_PAGES) {
    await request.get(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE|MISS)$/);
    expect(response.headers()["x-nextjs-postponed"], `${path} has no per-request part`).toBeUndefined();
    expect(response.headers()["cache-control"], path).toBe("public, max-age=0, s-maxage=1");
  }
  const editors = await request.get("/sign-in");
  expect(editors.headers()["cache-control"]).toContain("no-store");
});

test("an unknown address of any kind of detail page is a real 404", async ({ request }) => {
  for (const path of [
    "/rounds/atlantis-2031-01",
    "/issues/atlantis",
    "/deadlines/atlantis-2031-01-01",
    "/participants/nobody",
    "/embed/deadlines/atlantis-2031-01-01",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("from the static timeline, the next page and a filter load the right entries", async ({ page }) => {
  await useFixedClock(page);
  await page.goto("/timeline");
  const first = await page.getByTestId("timeline").locator("li").first().textContent();
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/timeline\?page=2$/);
  await expect(page.getByTestId("timeline").locator("li").first()).not.toHaveText(first!);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Calls" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/timeline\?kind=call$/);
  await expect(page.getByTestId("timeline-count")).toContainText("for Calls");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  // Next keeps the page navigated away from in the document, hidden, for the back button.
  await expect(page.getByTestId("timeline-count").filter({ visible: true })).not.toContainText(" for ");
});

test("a reader page asks for no other page while it loads, and for a link's page once the reader points at it or tabs to it", async ({
  page,
}) => {
  const pagesAskedFor: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") pagesAskedFor.push(new URL(request.url()).pathname);
  });
  await page.goto("/rounds/geneva-2025-05");
  await page.waitForLoadState("networkidle");
  expect(pagesAskedFor).toEqual([]);

  const header = page.getByRole("banner");
  const timelinePrefetch = page.waitForRequest(
    (r) => r.headers()["rsc"] === "1" && new URL(r.url()).pathname === "/timeline",
  );
  await header.getByRole("link", { name: "Timeline" }).hover();
  await timelinePrefetch;

  const issuesPrefetch = page.waitForRequest(
    (r) => r.headers()["rsc"] === "1" && new URL(r.url()).pathname === "/issues",
  );
  await header.getByRole("link", { name: "Issues" }).focus();
  await issuesPrefetch;

  // A feed is not a page: pointing at it asks for nothing.
  await page.getByRole("contentinfo").getByRole("link", { name: "Atom feed of updates" }).hover();
  await page.waitForTimeout(300);
  expect(pagesAskedFor.filter((path) => path.endsWith(".xml"))).toEqual([]);

  // Opened by Next's router, not loaded afresh: the document, and what the test left on its window, stay.
  await page.evaluate(() => Object.assign(window, { beforeTheClick: true }));
  await header.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Timeline");
  expect(await page.evaluate(() => "beforeTheClick" in window)).toBe(true);
});
