import ical, { escape, ICalCalendarMethod, type ICalEventData } from "ical-generator";
import { vtimezone } from "./vtimezone";

export const ICALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

const REFRESH_EVERY_SECONDS = 6 * 60 * 60;
// RFC 5545 TEXT may hold no control character but tab; ical-generator passes them through.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * An event as ical-generator takes it, its times as Dates: an all-day event's are the UTC
 * midnights of its days, a timed event's are TZDates in the event's `timezone`.
 */
export type CalendarEvent = ICalEventData & { start: Date; end?: Date };

/** The first and last year each zone's times fall in, so its VTIMEZONE covers them. */
function yearsByZone(events: readonly CalendarEvent[]): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  for (const event of events) {
    if (!event.timezone) continue;
    for (const time of [event.start, event.end]) {
      if (!time) continue;
      const year = time.getUTCFullYear();
      const [first, last] = years.get(event.timezone) ?? [year, year];
      years.set(event.timezone, [Math.min(first, year), Math.max(last, year)]);
    }
  }
  return years;
}

/** A complete VCALENDAR with a VTIMEZONE for every zone an event's time is written in. */
export function calendarText({
  name,
  description,
  events,
}: {
  name: string;
  description: string;
  events: readonly CalendarEvent[];
}): string {
  const years = yearsByZone(events);
  const calendar = ical({
    prodId: "//Parley//US-China trade talks tracker//EN",
    scale: "GREGORIAN",
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator escapes event text but writes the calendar's name and description as given.
    name: escape(name, false),
    description: escape(description, false),
    ttl: REFRESH_EVERY_SECONDS,
    timezone: {
      name: null,
      generator: (zone) => {
        const span = years.get(zone);
        return span ? vtimezone(zone, ...span) : null;
      },
    },
    events: [...events],
  });
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`.replace(CONTROL_CHARACTERS, "");
}
