// VTIMEZONE blocks built from the platform's own zone data (Intl), so calendar apps see the same
// offsets the rest of Parley uses, without a bundled copy of the tz database.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(cache: Map<string, Intl.DateTimeFormat>, zone: string, timeZoneName: "longOffset" | "short") {
  let formatter = cache.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName });
    cache.set(zone, formatter);
  }
  return formatter;
}

/** Minutes east of UTC in force in a zone at an instant (-300 for New York in winter). */
export function utcOffsetMinutes(instant: number, zone: string): number {
  const name = formatterFor(offsetFormatters, zone, "longOffset")
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? "");
  if (!match) throw new RangeError(`Cannot read the UTC offset of ${zone}: ${name}`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

function zoneAbbreviationAt(instant: number, zone: string): string {
  return formatterFor(nameFormatters, zone, "short").formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? zone;
}

export interface ZoneTransition {
  /** The first instant of the new offset. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
  abbreviation: string;
}

/** Every change of UTC offset in a zone between two whole-minute instants, found to the minute. */
export function zoneTransitions(zone: string, from: number, to: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let before = from;
  let offset = utcOffsetMinutes(before, zone);
  while (before < to) {
    const after = Math.min(before + DAY, to);
    const offsetAfter = utcOffsetMinutes(after, zone);
    if (offsetAfter !== offset) {
      // Offsets change on whole minutes: narrow the day down to the first minute of the new offset.
      let low = before;
      let high = after;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (utcOffsetMinutes(middle, zone) === offset) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, offsetFrom: offset, offsetTo: offsetAfter, abbreviation: zoneAbbreviationAt(high, zone) });
      offset = offsetAfter;
    }
    before = after;
  }
  return transitions;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "+0800", "-0500": the form TZOFFSETFROM and TZOFFSETTO take. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The wall-clock reading of an instant at a fixed offset, as an iCalendar local DATE-TIME. */
function wallClock(instant: number, offsetMinutes: number): string {
  const d = new Date(instant + offsetMinutes * MINUTE);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/**
 * The content lines of a VTIMEZONE for a zone, with one observance per offset change from the
 * start of the year before `firstYear` to the end of `lastYear` (so the earliest event has an
 * observance that began before it). A zone without changes gets one fixed observance.
 */
export function vtimezoneLines(zone: string, firstYear: number, lastYear: number): string[] {
  const key = `${zone} ${firstYear} ${lastYear}`;
  let lines = vtimezoneCache.get(key);
  if (!lines) {
    lines = buildVtimezone(zone, firstYear, lastYear);
    vtimezoneCache.set(key, lines);
  }
  return [...lines];
}

// Zone rules only change with a new tz database, which comes with a new Node and a restart.
const vtimezoneCache = new Map<string, string[]>();

function buildVtimezone(zone: string, firstYear: number, lastYear: number): string[] {
  const from = Date.UTC(firstYear - 1, 0, 1);
  const to = Date.UTC(lastYear + 1, 0, 1);
  const transitions = zoneTransitions(zone, from, to);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = formatUtcOffset(utcOffsetMinutes(from, zone));
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${zoneAbbreviationAt(from, zone)}`,
      "END:STANDARD",
    );
  }
  for (const t of transitions) {
    const kind = t.offsetTo > t.offsetFrom ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      // An observance starts at the wall-clock time of the offset it replaces (RFC 5545 3.6.5).
      `DTSTART:${wallClock(t.at, t.offsetFrom)}`,
      `TZOFFSETFROM:${formatUtcOffset(t.offsetFrom)}`,
      `TZOFFSETTO:${formatUtcOffset(t.offsetTo)}`,
      `TZNAME:${t.abbreviation}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
