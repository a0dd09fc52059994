import { parse } from "node:path";
import { expect, test } from "@playwright/test";
import { useFixedClock } from "./fixed-clock";
import { sidewaysOverflow } from "./page-width";

// The reader's story: every round at a glance, what precedent says, what comes next.

const ROUNDS_IN_ORDER = [
  "geneva-2025-05",
  "london-2025-06",
  "stockholm-2025-07",
  "madrid-2025-09",
  "kuala-lumpur-2025-10",
  "busan-2025-10",
  "beijing-2026-05",
];

test.beforeEach(async ({ page }) => {
  await useFixedClock(page);
});

test("the timeline opens with every round and leaders' meeting, in order, each with its date, city, leads and outcome @phone", async ({
  page,
}) => {
  for (const path of ["/timeline", "/timeline?page=2", "/timeline?kind=executive-order"]) {
    await page.goto(path);
    const glance = page.getByTestId("rounds-at-a-glance");
    const slugs = (
      await glance.getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
    ).map((p) => parse(p).base);
    const positions = ROUNDS_IN_ORDER.map((slug) => slugs.indexOf(slug));
    expect(
      positions.every((p) => p >= 0),
      `${path}: every round is there`,
    ).toBe(true);
    expect(positions, `${path}: earliest first`).toEqual([...positions].sort((a, b) => a - b));
    // Calls stay on the timeline, between the rounds, not in the overview.
    expect(slugs.some((s) => s.includes("call"))).toBe(false);
  }
  await page.goto("/timeline");
  const rounds = page.getByTestId("rounds-at-a-glance").getByRole("listitem");
  const madrid = rounds.filter({ has: page.getByRole("link", { name: /Madrid/ }) });
  await expect(madrid).toContainText("14–15 September 2025");
  await expect(madrid).toContainText("· Madrid");
  await expect(madrid).toContainText("US: Scott Bessent · China: He Lifeng");
  // The outcome's first sentence only.
  await expect(madrid).toContainText("A TikTok “framework” for US-controlled ownership was agreed.");
  await expect(madrid).not.toContainText("It was confirmed");
  await expect(rounds.filter({ hasText: "Postponed" }).first()).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);

  await page
    .getByTestId("rounds-at-a-glance")
    .getByRole("link", { name: /Geneva/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/rounds\/geneva-2025-05$/);
});

test("the home page has the rounds in brief, and what comes next: deadlines ahead and those passed with no outcome @phone", async ({
  page,
}) => {
  await page.goto("/");
  const glance = page.getByTestId("rounds-at-a-glance");
  await expect(glance.getByRole("link", { name: /Geneva/ }).first()).toBeVisible();
  await expect(glance.getByRole("listitem").first()).toContainText("Geneva");
  const next = page.getByTestId("what-comes-next");
  await expect(next.getByTestId("deadlines-ahead").getByRole("link", { name: /Notice 46/ })).toBeVisible();
  // 21 November 2026: the 9-10 November expiries have passed, their outcomes not yet recorded.
  const passed = next.getByTestId("deadlines-without-outcome");
  await expect(passed.getByRole("link", { name: /port-fee/i }).first()).toBeVisible();
  await passed.getByRole("link").first().click();
  await expect(page.getByTestId("deadline-card").first()).toContainText("Passed — outcome not yet recorded");
  expect(await sidewaysOverflow(page)).toBe(0);
});

test("each deadline says what precedent suggests: its chain so far and how earlier ones of its kind ended", async ({
  page,
}) => {
  await page.goto("/deadlines/tiktok-divestiture-2026-01-23");
  await expect(page.getByTestId("deadline-precedent-detail")).toContainText(
    "Extended 5 times (by 76, 75, 90, 90 and 38 days), then met.",
  );

  await page.goto("/deadlines/china-notice-46-suspension-2026-11-27");
  const detail = page.getByTestId("deadline-precedent-detail");
  await expect(detail).toContainText(/Of the \d+ earlier truce and suspension expiries: \d+ extended/);
  await expect(page.getByTestId("deadline-card").getByTestId("deadline-precedent")).toContainText(
    "earlier truce and suspension expiries",
  );

  await page.goto("/deadlines");
  await expect(page.getByTestId("upcoming-deadlines").getByTestId("deadline-precedent").first()).toBeVisible();
});

test("the track record page, its CSV and the API count the same figures", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Track record" }).click();
  await expect(page).toHaveURL(/\/track-record$/);
  await expect(page.getByTestId("kind-records")).toContainText(/Of the \d+ truce and suspension expiries so far/);
  const tiktokRow = page
    .getByTestId("chain-records")
    .getByRole("row")
    .filter({ hasText: /TikTok/ });
  await expect(tiktokRow).toContainText("Extended 5 times");
  await expect(page.getByTestId("expectations-overall")).toContainText(/Of \d+ assessed/);

  const api = await (await request.get("/api/v1/precedent")).json();
  const tiktok = api.data.deadline_chains.find((c: { title: string }) => /TikTok/.test(c.title));
  expect(tiktok.extensions.map((e: { days: number }) => e.days)).toEqual([76, 75, 90, 90, 38]);
  const suspensions = api.data.deadline_kinds.find((k: { kind: string }) => k.kind === "SUSPENSION_EXPIRY");
  await expect(page.getByTestId("kind-records")).toContainText(suspensions.summary);

  const csv = await (await request.get("/downloads/deadline-chains.csv")).text();
  expect(csv.split("\r\n")[0]).toBe("deadline,title,kind,extensions,extension_days,state,summary,url");
  expect(csv).toContain(",DIVEST_OR_BAN,5,76 75 90 90 38,met,");
});
