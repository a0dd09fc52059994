import type { Page } from "@playwright/test";

/** How many pixels the page is wider than the window: above 0, the reader has to scroll sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
