import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { useFixedClock } from "./fixed-clock";
import { sidewaysOverflow } from "./page-width";

const PAGES = [
  "/",
  "/timeline",
  "/rounds/madrid-2025-09",
  "/issues",
  "/issues/tiktok",
  "/deadlines",
  "/deadlines/tiktok-divestiture-2026-01-23",
  "/track-record",
  "/participants",
  "/participants/scott-bessent",
  "/tariffs",
  "/data",
  "/embed/deadlines/china-notice-46-suspension-2026-11-27",
];

for (const path of PAGES) {
  test(`${path} has no WCAG A/AA violations in light and dark mode @phone`, async ({ page }) => {
    await useFixedClock(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(
        results.violations.map((v) => `${colorScheme}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  });
}

test("pages fit a phone's width without sideways scrolling @phone", async ({ page }) => {
  await useFixedClock(page);
  for (const path of PAGES) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test("the header's sections and the skip link work from the keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
