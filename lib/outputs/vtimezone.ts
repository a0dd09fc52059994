// Hand-written: ical-generator only calls a VTIMEZONE generator, and no installed library has one.
import { tzOffset } from "@date-fns/tz";
import { zoneAbbreviation } from "../domain/time";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Minutes east of UTC in force in a zone at an instant (-300 for New York in winter). */
const offsetAt = (instant: number, zone: string) => tzOffset(zone, new Date(instant));

export interface ZoneTransition {
  /** The first instant of the new offset. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

/** Every change of UTC offset in a zone between two whole-minute instants, found to the minute. */
export function zoneTransitions(zone: string, from: number, to: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let before = from;
  let offset = offsetAt(before, zone);
  while (before < to) {
    const after = Math.min(before + DAY, to);
    const offsetAfter = offsetAt(after, zone);
    if (offsetAfter !== offset) {
      // Offsets change on whole minutes: narrow the day down to the first minute of the new offset.
      let low = before;
      let high = after;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offsetAt(middle, zone) === offset) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, offsetFrom: offset, offsetTo: offsetAfter });
      offset = offsetAfter;
    }
    before = after;
  }
  return transitions;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "+0800", "-0500": the form TZOFFSETFROM and TZOFFSETTO take. */
function formatUtcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The wall-clock reading of an instant at a fixed offset, as an iCalendar local DATE-TIME. */
function wallClock(instant: number, offsetMinutes: number): string {
  const d = new Date(instant + offsetMinutes * MINUTE);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function observance(kind: "STANDARD" | "DAYLIGHT", start: string, from: number, to: number, name: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${formatUtcOffset(from)}`,
    `TZOFFSETTO:${formatUtcOffset(to)}`,
    `TZNAME:${name}`,
    `END:${kind}`,
  ];
}

function buildVtimezone(zone: string, firstYear: number, lastYear: number): string {
  const from = Date.UTC(firstYear - 1, 0, 1);
  const transitions = zoneTransitions(zone, from, Date.UTC(lastYear + 1, 0, 1));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = offsetAt(from, zone);
    lines.push(...observance("STANDARD", "19700101T000000", offset, offset, zoneAbbreviation(new Date(from), zone)));
  }
  for (const t of transitions) {
    // An observance starts at the wall-clock time of the offset it replaces (RFC 5545 3.6.5).
    const kind = t.offsetTo > t.offsetFrom ? "DAYLIGHT" : "STANDARD";
    lines.push(
      ...observance(
        kind,
        wallClock(t.at, t.offsetFrom),
        t.offsetFrom,
        t.offsetTo,
        zoneAbbreviation(new Date(t.at), zone),
      ),
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

// Zone rules only change with a new tz database, which comes with a new Node and a restart.
const vtimezoneCache = new Map<string, string>();

/**
 * A VTIMEZONE for a zone, with one observance per offset change from the start of the year before
 * `firstYear` to the end of `lastYear` (so the earliest event has an observance that began before
 * it). A zone without changes gets one fixed observance.
 */
export function vtimezone(zone: string, firstYear: number, lastYear: number): string {
  const key = `${zone} ${firstYear} ${lastYear}`;
  let text = vtimezoneCache.get(key);
  if (text === undefined) {
    text = buildVtimezone(zone, firstYear, lastYear);
    vtimezoneCache.set(key, text);
  }
  return text;
}
