import type { Page } from "@playwright/test";
import { E2E_NOW } from "../../playwright.config";

/** Gives the browser the same "now" as the test server (PARLEY_CLOCK); the browser's time then flows on. */
export async function useFixedClock(page: Page) {
  await page.clock.install({ time: new Date(E2E_NOW) });
}

/**
 * Starts the browser's clock a minute before the server's "now" so the page can load, then
 * `freezeAtServerNow` stops it exactly there; from then on only `page.clock.runFor` moves it.
 */
export async function useControlledClock(page: Page) {
  await page.clock.install({ time: new Date(Date.parse(E2E_NOW) - 60_000) });
  return { freezeAtServerNow: () => page.clock.pauseAt(new Date(E2E_NOW)) };
}

/** Collects hydration errors, other console errors and failed requests of a page. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Background RSC prefetches are left out: one racing an editor's cache invalidation can 404
  // (seen with Next 16.4) while the navigation itself still succeeds.
  page.on("response", (response) => {
    if (response.status() >= 400 && !new URL(response.url()).searchParams.has("_rsc"))
      errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}
