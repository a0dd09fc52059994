import { readerTimeText, type ReaderTime } from "@/lib/domain/reader-time";
import { InReaderZone } from "./in-reader-zone";

/**
 * An instant (or span) in the reader's own time zone. The server cannot know that zone, so it
 * writes the time in UTC, and the browser puts the reader's zone in its place after hydration:
 * readers without JavaScript still get a time, and the text keeps its lines (no layout shift).
 * Hydration renders the server's own text, so Node's and the browser's Intl (whose ICU versions
 * space a time differently) never have to agree.
 */
export function LocalTime(time: ReaderTime) {
  return <InReaderZone {...time} utcText={readerTimeText(time, "UTC")} />;
}
