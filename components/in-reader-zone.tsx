"use client";

import { useSyncExternalStore } from "react";
import { readerTimeText, type ReaderTime } from "@/lib/domain/reader-time";

let zoneOfReader: string | null = null;
const readerZone = () => zoneOfReader;

// Finding the reader's zone makes the browser load its time zone data, a dozen milliseconds on a
// phone: done in a task of its own once the page has hydrated, not inside hydration.
function subscribeToReaderZone(onZoneKnown: () => void): () => void {
  if (zoneOfReader) return () => {};
  const timer = setTimeout(() => {
    zoneOfReader ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
    onZoneKnown();
  });
  return () => clearTimeout(timer);
}

/** The time as the server wrote it in UTC (`utcText`) until the reader's own zone is known. */
export function InReaderZone({ utcText, ...time }: ReaderTime & { utcText: string }) {
  const zone = useSyncExternalStore(subscribeToReaderZone, readerZone, () => null);
  return (
    <span data-testid="local-time">
      {zone ? readerTimeText(time, zone) : utcText}{" "}
      <span className="muted">{zone ? `(your time, ${zone.replaceAll("_", " ")})` : "(UTC)"}</span>
    </span>
  );
}
