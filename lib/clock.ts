import "server-only";
import { cacheLife } from "next/cache";
import { connection } from "next/server";

/**
 * The request's current instant. `PARLEY_CLOCK` (an ISO instant) freezes it, so end-to-end
 * tests and screenshots see the same deadlines as upcoming whatever day they run.
 */
export async function requestNow(): Promise<number> {
  await connection();
  return fixedClock() ?? Date.now();
}

/**
 * The instant a reader page is rendered at. Reader pages are static, so a per-request instant
 * would make every request a render (an order of magnitude slower under load); instead this
 * expires every second ("clock" in next.config.ts), and so does every page that reads it.
 */
export async function renderInstant(): Promise<number> {
  "use cache";
  cacheLife("clock");
  return fixedClock() ?? Date.now();
}

export function fixedClock(): number | undefined {
  const fixed = process.env.PARLEY_CLOCK;
  if (!fixed) return undefined;
  const ms = Date.parse(fixed);
  if (Number.isNaN(ms)) throw new Error(`PARLEY_CLOCK is not an ISO instant: ${fixed}`);
  return ms;
}

/** The instant a route handler answers at: handlers that read their request run for every request. */
export function handlerNow(): number {
  return fixedClock() ?? Date.now();
}
