"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * An instant (or span) in the reader's own time zone. The server cannot know that zone, so it
 * renders nothing here and the browser fills it in after hydration.
 */
export function LocalTime({ start, end, withTime = true }: { start: string; end?: string; withTime?: boolean }) {
  const zone = useSyncExternalStore(noSubscription, readerZone, () => null);
  if (!zone) return null;
  const formatter = new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: zone,
  });
  const text = end ? formatter.formatRange(new Date(start), new Date(end)) : formatter.format(new Date(start));
  return (
    <span data-testid="local-time">
      {text} <span className="muted">(your time, {zone.replaceAll("_", " ")})</span>
    </span>
  );
}
