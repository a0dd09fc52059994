"use client";

import { useSyncExternalStore } from "react";
import { readerTimeText, readerUtcOffset, utcTimeText, type ReaderTime } from "@/lib/domain/reader-time";

const noSubscription = () => () => {};

/**
 * An instant (or span) on the reader's own clock. The server cannot know the reader's zone, so it
 * writes the time in UTC, and the browser rewrites it after hydration: readers without JavaScript
 * still get a time, and the text keeps its lines (no layout shift).
 */
export function LocalTime(time: ReaderTime) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <span data-testid="local-time">
      {inBrowser ? readerTimeText(time) : utcTimeText(time)}{" "}
      <span className="muted">{inBrowser ? `(your time, ${readerUtcOffset(time.start)})` : "(UTC)"}</span>
    </span>
  );
}
