import { expect, test } from "@playwright/test";
import { collectConsoleErrors, useControlledClock, useFixedClock } from "./fixed-clock";

test.beforeEach(async ({ page }, testInfo) => {
  if (!testInfo.title.includes("ticks")) await useFixedClock(page);
});

test("a reader goes from home to the timeline, filters by an issue, opens a round and a participant", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Next deadline" })).toBeVisible();
  const featured = page.getByTestId("featured-deadlines");
  await expect(featured.getByRole("link", { name: /Notice 46/i })).toBeVisible();

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole("heading", { name: "Timeline", level: 1 })).toBeVisible();
  const everything = Number((await page.getByTestId("timeline-count").textContent())?.match(/\d+/)?.[0]);

  await page.getByLabel("Issue", { exact: true }).selectOption({ label: "TikTok" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/timeline\?issue=tiktok$/);
  await expect(page.getByTestId("timeline-count")).toContainText("for TikTok");
  const filtered = Number((await page.getByTestId("timeline-count").textContent())?.match(/\d+/)?.[0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(everything);

  await page
    .getByRole("link", { name: /Madrid/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/rounds\/madrid-2025-09$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Madrid");
  await expect(page.getByText("Palacio de Santa Cruz").first()).toBeVisible();
  const delegations = page.getByTestId("delegations");
  await expect(delegations.getByRole("region", { name: "United States delegation" })).toContainText("Scott Bessent");
  await expect(delegations.getByRole("region", { name: "China delegation" })).toContainText("He Lifeng");
  await expect(page.getByRole("table", { name: /expectations/i })).toContainText("Wendy Cutler");
  await expect(page.getByText("Sources for this round")).toBeVisible();

  await delegations.getByRole("link", { name: "He Lifeng" }).click();
  await expect(page).toHaveURL(/\/participants\/he-lifeng$/);
  await expect(page.getByTestId("participant-rounds").getByRole("link", { name: /Madrid/ })).toBeVisible();
  expect(errors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
});

test("a shared filtered timeline address shows the same filtered view", async ({ page }) => {
  await page.goto("/timeline?participant=liao-min");
  await expect(page.getByLabel("Participant", { exact: true })).toHaveValue("liao-min");
  await expect(page.getByTestId("timeline-round")).toHaveCount(1);
  await expect(page.getByTestId("timeline-round")).toContainText("Kuala Lumpur");
});

test("the home countdown ticks every second without a hydration mismatch", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const clock = await useControlledClock(page);
  await page.goto("/");
  await clock.freezeAtServerNow();
  const countdown = page.getByTestId("featured-deadlines").getByTestId("countdown").first();
  const seconds = countdown.locator('[data-unit="seconds"]');
  const days = countdown.locator('[data-unit="days"]');
  // 2026-11-21 12:00 UTC to 27 Nov 2026 00:00 Beijing (26 Nov 16:00 UTC): 5 days, 4 hours.
  await expect(days).toHaveText("5");
  await expect(countdown.locator('[data-unit="hours"]')).toHaveText("04");
  await expect(seconds).toHaveText("00");
  await page.clock.runFor(3_000);
  await expect(seconds).toHaveText("57");
  await page.clock.runFor(60_000);
  await expect(countdown.locator('[data-unit="minutes"]')).toHaveText("58");
  await expect(countdown).toHaveAttribute("role", "timer");
  await expect(countdown.locator("ol")).toHaveAttribute("aria-hidden", "true");
  expect(errors.filter((e) => /hydrat|did not match/i.test(e))).toEqual([]);
});

test("the TikTok deadline page shows the whole chain of six dates and how it ended", async ({ page }) => {
  await page.goto("/deadlines/tiktok-divestiture-2026-01-23");
  const chain = page.getByTestId("deadline-chain");
  await expect(chain.getByTestId("chain-link")).toHaveCount(6);
  for (const date of [
    "19 January 2025",
    "5 April 2025",
    "19 June 2025",
    "17 September 2025",
    "16 December 2025",
    "23 January 2026",
  ]) {
    await expect(chain).toContainText(date);
  }
  await expect(page.getByTestId("deadline-outcome").first()).toContainText(
    "22 January 2026, a day before the deadline",
  );
  await expect(page.getByTestId("countdown").first()).toContainText(/Passed .* ago/);
});

test("a passed deadline with nothing recorded says so rather than counting below zero", async ({ page }) => {
  await page.goto("/deadlines/china-reciprocal-suspension-2026-11-10");
  await expect(page.getByTestId("countdown").first()).toHaveText(/Passed 11 days, \d+ hours? ago/);
  await expect(page.getByTestId("deadline-outcome").first()).toContainText("not yet recorded");
});

test("an unknown round is a real 404 that helps the reader on", async ({ page }) => {
  const response = await page.goto("/rounds/atlantis-2031-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /no such page/i })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Deadlines" })).toBeVisible();
});

test("unverified facts carry a visible flag", async ({ page }) => {
  await page.goto("/rounds/seoul-2026-05");
  await expect(page.getByText("Unverified").first()).toBeVisible();
  await expect(page.getByText(/Caveat:/)).toBeVisible();
});

test("the header's search box finds the Madrid round by its venue, with the match highlighted", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search Parley" }).fill("Palacio de Santa Cruz");
  await page.getByRole("searchbox", { name: "Search Parley" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Palacio/);
  const first = page.getByTestId("search-results").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", "/rounds/madrid-2025-09");
  await expect(first.locator("mark").first()).toHaveText("Palacio");
});

test.describe("a round's time in the reader's own zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("is UTC in the served page, the reader's zone once the page runs, and moves nothing on the way @phone", async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    const served = await (await page.request.get("/rounds/madrid-2025-09")).text();
    const servedTime = served.match(/data-testid="local-time">(.*?)<\/span><\/span>/)?.[1] ?? "";
    expect(servedTime.replaceAll("<!-- -->", "")).toBe(
      '13 Sep 2025, 22:00 – 15 Sep 2025, 22:00<span class="muted block">(UTC)',
    );

    await page.goto("/rounds/madrid-2025-09");
    await expect(page.getByTestId("local-time")).toHaveText(
      "14 Sep 2025, 07:00 – 16 Sep 2025, 07:00(your time, UTC+9)",
    );
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    expect(shifted).toBeLessThan(0.005);
    // No hydration mismatch: server and browser write the UTC time with the same code.
    expect(errors).toEqual([]);
  });
});
