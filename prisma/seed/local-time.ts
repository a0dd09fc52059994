import { TZDate } from "@date-fns/tz";
import { instantInZone } from "../../lib/domain/time";

/**
 * The UTC instant at which clocks in `timeZone` read `local`: "2025-08-12T00:01",
 * or "2025-05-10" for that day's local midnight.
 */
export const zonedInstant = instantInZone;

/** Whole local days, from midnight of the first to the midnight after the last (the end is exclusive). */
export function localDays(firstDay: string, lastDay: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: zonedInstant(firstDay, timeZone), endsAt: zonedInstant(dayAfter(lastDay), timeZone) };
}

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** What clocks in `timeZone` read at `instant`, as "YYYY-MM-DDTHH:mm". */
export function localReading(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}

/** US orders take effect, and US deadlines fall, in Washington's time. */
export const WASHINGTON_TIME = "America/New_York";
/** China's orders take effect, and its deadlines fall, in Beijing time. */
export const BEIJING_TIME = "Asia/Shanghai";
