// Hand-written: a countdown is in elapsed days of 24 hours, which date-fns's calendar-aware intervals do not count.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Countdown {
  /** True once the due instant is reached; the parts then count the time since. */
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Time between two instants in elapsed days of 24 hours. Both are absolute instants, so a
 * daylight-saving change between them counts as the hour it really adds or removes.
 */
export function countdownTo(dueAt: number, now: number): Countdown {
  const passed = now >= dueAt;
  // Whole seconds, rounded towards the due instant, so the display never shows 0s before it is due.
  const ms = Math.abs(dueAt - now);
  const totalSeconds = passed ? Math.floor(ms / SECOND) : Math.ceil(ms / SECOND);
  return {
    passed,
    days: Math.floor(totalSeconds / (DAY / SECOND)),
    hours: Math.floor((totalSeconds % (DAY / SECOND)) / (HOUR / SECOND)),
    minutes: Math.floor((totalSeconds % (HOUR / SECOND)) / (MINUTE / SECOND)),
    seconds: totalSeconds % (MINUTE / SECOND),
  };
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** "6 days, 3 hours" — the two largest non-zero units, for text and screen readers. */
export function describeSpan(c: Countdown): string {
  const parts: [number, string][] = [
    [c.days, "day"],
    [c.hours, "hour"],
    [c.minutes, "minute"],
    [c.seconds, "second"],
  ];
  const shown = parts.filter(([n]) => n > 0).slice(0, 2);
  if (shown.length === 0) return "less than a second";
  return shown.map(([n, unit]) => plural(n, unit)).join(", ");
}

/** "in 6 days, 3 hours" or "6 days, 3 hours ago" — never a negative number. */
export function describeCountdown(c: Countdown): string {
  return c.passed ? `${describeSpan(c)} ago` : `in ${describeSpan(c)}`;
}
