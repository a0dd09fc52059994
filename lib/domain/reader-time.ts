// Times on the reader's own clock. Date's own getters rather than Intl: the first
// Intl.DateTimeFormat a page makes costs 15–30 ms of the browser's ICU start-up (four times that on
// Lighthouse's phone), while the getters cost nothing and read the zone the browser is set to.
import { clockText, MONTHS, pad, type WallClock } from "./wall-clock";

/** An instant, or a span from `start` to `end`. */
export interface ReaderTime {
  start: string;
  end?: string;
  withTime?: boolean;
}

const onUtcClock = (d: Date): WallClock => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  minute: d.getUTCMinutes(),
});
const onReadersClock = (d: Date): WallClock => ({
  year: d.getFullYear(),
  month: d.getMonth() + 1,
  day: d.getDate(),
  hour: d.getHours(),
  minute: d.getMinutes(),
});

// Short month names: the text is rewritten once the reader's clock is known, and a shorter line is
// less likely to wrap differently (and move what follows) when it is.
const shortDateText = ({ day, month, year }: WallClock) => `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`;

const sameDay = (a: WallClock, b: WallClock) => a.year === b.year && a.month === b.month && a.day === b.day;

function timeText({ start, end, withTime = true }: ReaderTime, clockOf: (d: Date) => WallClock): string {
  const from = clockOf(new Date(start));
  const written = (c: WallClock) => (withTime ? `${shortDateText(c)}, ${clockText(c)}` : shortDateText(c));
  if (!end) return written(from);
  const to = clockOf(new Date(end));
  if (!sameDay(from, to)) return `${written(from)} – ${written(to)}`;
  return withTime ? `${shortDateText(from)}, ${clockText(from)}–${clockText(to)}` : shortDateText(from);
}

/** "14 Sep 2025, 08:00" in UTC: what the server can write. */
export const utcTimeText = (time: ReaderTime) => timeText(time, onUtcClock);

/** The same on the clock of the zone this code runs in: the reader's, in a browser. */
export const readerTimeText = (time: ReaderTime) => timeText(time, onReadersClock);

/** "UTC+9", "UTC-4", "UTC+5:30" or "UTC": how far the reader's clock is from UTC at that instant. */
export function readerUtcOffset(instant: string): string {
  const minutesEast = -new Date(instant).getTimezoneOffset();
  if (minutesEast === 0) return "UTC";
  const hours = Math.floor(Math.abs(minutesEast) / 60);
  const minutes = Math.abs(minutesEast) % 60;
  return `UTC${minutesEast > 0 ? "+" : "-"}${hours}${minutes ? `:${pad(minutes)}` : ""}`;
}
