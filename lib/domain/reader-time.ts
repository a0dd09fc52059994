/** An instant or a span, as a reader's locale writes it in one time zone. */
export interface ReaderTime {
  start: string;
  end?: string;
  withTime?: boolean;
}

// Making an Intl.DateTimeFormat is slow (milliseconds on a phone): each is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone} ${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", ...(withTime ? { timeStyle: "short" } : {}), timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function readerTimeText({ start, end, withTime = true }: ReaderTime, timeZone: string): string {
  const formatter = formatterFor(timeZone, withTime);
  return end ? formatter.formatRange(new Date(start), new Date(end)) : formatter.format(new Date(start));
}
