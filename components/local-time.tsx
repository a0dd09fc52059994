"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * An instant (or span) in the reader's own time zone. The server cannot know that zone, so it
 * renders the time in UTC, and the browser puts the reader's zone in its place after hydration:
 * readers without JavaScript still get a time, and the text keeps its lines (no layout shift).
 * Node and the browser may format that UTC time with different spacing (their ICU versions differ),
 * which is not a mismatch worth an error: the reader's zone replaces it at once.
 */
export function LocalTime({ start, end, withTime = true }: { start: string; end?: string; withTime?: boolean }) {
  const zone = useSyncExternalStore(noSubscription, readerZone, () => null);
  const formatter = new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: zone ?? "UTC",
  });
  const text = end ? formatter.formatRange(new Date(start), new Date(end)) : formatter.format(new Date(start));
  return (
    <span data-testid="local-time" suppressHydrationWarning>
      {text} <span className="muted">{zone ? `(your time, ${zone.replaceAll("_", " ")})` : "(UTC)"}</span>
    </span>
  );
}
