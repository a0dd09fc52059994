"use client";

import { useSyncExternalStore } from "react";
import { readerTimeText, readerUtcOffset, utcTimeText, type ReaderTime } from "@/lib/domain/reader-time";

const noSubscription = () => () => {};

/**
 * An instant (or span) on the reader's own clock. The server cannot know the reader's zone, so it
 * writes the time in UTC, and the browser rewrites it after hydration: readers without JavaScript
 * still get a time. The label, whose length changes, has a line of its own, so that neither line
 * wraps differently when the time is rewritten (which would move everything below it).
 */
export function LocalTime(time: ReaderTime) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <span data-testid="local-time">
      {inBrowser ? readerTimeText(time) : utcTimeText(time)}
      <span className="muted block">{inBrowser ? `(your time, ${readerUtcOffset(time.start)})` : "(UTC)"}</span>
    </span>
  );
}
