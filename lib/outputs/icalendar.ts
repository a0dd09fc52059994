import { localDate } from "../domain/time";
import { vtimezoneLines } from "./vtimezone";

// A small iCalendar (RFC 5545) writer: just what Parley's feeds need, done by the letter.

export const ICALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** TEXT value escaping (RFC 5545 3.3.11); control characters other than tab are dropped. */
export function escapeText(text: string): string {
  return text
    .replaceAll("\\", "\\\\")
    .replaceAll(";", "\\;")
    .replaceAll(",", "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}

/** A parameter value, quoted when it holds a character that would end it. */
function paramValue(value: string): string {
  const clean = value.replaceAll('"', "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Splits a content line into lines of at most 75 octets, each continuation starting with a space
 * (RFC 5545 3.1). Never splits inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  // Every UTF-16 unit is at most 3 octets, so a short line needs no counting.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function contentLine(name: string, value: string, params: Record<string, string> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${paramValue(v)}`)
    .join("");
  return `${name}${paramText}:${value}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "20260123T050000Z" */
export function formatUtcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** "2026-01-23" → "20260123" */
const formatDate = (isoDate: string) => isoDate.replaceAll("-", "");

/** The wall-clock reading of an instant in a zone, as a local DATE-TIME: "20261110T130100". */
export function formatLocalDateTime(instant: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${pad(Number(parts.month))}${pad(Number(parts.day))}T${pad(Number(parts.hour))}${pad(Number(parts.minute))}${pad(Number(parts.second))}`;
}

/** When an event happens: a whole local day, or an instant in its official zone. */
export type EventTime =
  | { kind: "date"; date: string }
  | { kind: "date-time"; instant: Date; timeZone: string };

/** A day-precision instant (its zone's local midnight) as the local day it falls on. */
export function allDay(instant: Date, timeZone: string): EventTime {
  return { kind: "date", date: localDate(instant, timeZone) };
}

const isUtc = (zone: string) => zone === "UTC" || zone === "Etc/UTC";

function timeProperty(name: "DTSTART" | "DTEND", time: EventTime): string {
  if (time.kind === "date") return contentLine(name, formatDate(time.date), { VALUE: "DATE" });
  if (isUtc(time.timeZone)) return contentLine(name, formatUtcDateTime(time.instant));
  return contentLine(name, formatLocalDateTime(time.instant, time.timeZone), { TZID: time.timeZone });
}

export type EventStatus = "TENTATIVE" | "CONFIRMED" | "CANCELLED";

export interface CalendarEvent {
  uid: string;
  /** Raised each time the event changes, so subscribers update it instead of adding another. */
  sequence: number;
  /** When the event's information last changed (DTSTAMP and LAST-MODIFIED). */
  modifiedAt: Date;
  start: EventTime;
  end?: EventTime;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  status?: EventStatus;
  /** Deadlines mark a moment; they should not show anyone as busy. */
  transparent?: boolean;
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    contentLine("UID", event.uid),
    contentLine("DTSTAMP", formatUtcDateTime(event.modifiedAt)),
    contentLine("LAST-MODIFIED", formatUtcDateTime(event.modifiedAt)),
    contentLine("SEQUENCE", String(event.sequence)),
    timeProperty("DTSTART", event.start),
  ];
  if (event.end) lines.push(timeProperty("DTEND", event.end));
  lines.push(contentLine("SUMMARY", escapeText(event.summary)));
  if (event.description) lines.push(contentLine("DESCRIPTION", escapeText(event.description)));
  if (event.location) lines.push(contentLine("LOCATION", escapeText(event.location)));
  if (event.url) lines.push(contentLine("URL", event.url, { VALUE: "URI" }));
  if (event.categories?.length) lines.push(contentLine("CATEGORIES", event.categories.map(escapeText).join(",")));
  if (event.status) lines.push(contentLine("STATUS", event.status));
  if (event.transparent) lines.push(contentLine("TRANSP", "TRANSPARENT"));
  lines.push("END:VEVENT");
  return lines;
}

function yearOf(time: EventTime): number {
  return time.kind === "date" ? Number(time.date.slice(0, 4)) : time.instant.getUTCFullYear();
}

/** A VTIMEZONE for every zone an event's time is written in, covering the years of those events. */
function timezoneLines(events: readonly CalendarEvent[]): string[] {
  const years = new Map<string, number[]>();
  for (const event of events) {
    for (const time of [event.start, event.end]) {
      if (time?.kind !== "date-time" || isUtc(time.timeZone)) continue;
      years.set(time.timeZone, [...(years.get(time.timeZone) ?? []), yearOf(time)]);
    }
  }
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([zone, list]) => vtimezoneLines(zone, Math.min(...list), Math.max(...list)));
}

export interface Calendar {
  /** The calendar's name in calendar apps. */
  name: string;
  description?: string;
  /** How often subscribers should fetch it again (ISO 8601 duration, e.g. "PT6H"). */
  refreshInterval?: string;
  events: readonly CalendarEvent[];
}

/** A complete VCALENDAR: folded lines, CRLF line ends, one trailing CRLF. */
export function serializeCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Parley//US-China trade talks tracker//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    contentLine("NAME", escapeText(calendar.name)),
    contentLine("X-WR-CALNAME", escapeText(calendar.name)),
  ];
  if (calendar.description) {
    lines.push(contentLine("DESCRIPTION", escapeText(calendar.description)), contentLine("X-WR-CALDESC", escapeText(calendar.description)));
  }
  if (calendar.refreshInterval) {
    lines.push(contentLine("REFRESH-INTERVAL", calendar.refreshInterval, { VALUE: "DURATION" }), contentLine("X-PUBLISHED-TTL", calendar.refreshInterval));
  }
  lines.push(...timezoneLines(calendar.events), ...calendar.events.flatMap(eventLines), "END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
