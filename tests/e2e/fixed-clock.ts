import type { Page } from "@playwright/test";
import { E2E_NOW } from "../../playwright.config";

/** Gives the browser the same "now" as the test server (PARLEY_CLOCK), under Playwright's control. */
export async function useFixedClock(page: Page) {
  await page.clock.install({ time: new Date(E2E_NOW) });
}

/** Collects hydration errors and other console errors a page reports. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
