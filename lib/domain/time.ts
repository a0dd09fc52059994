import { TZDate } from "@date-fns/tz";
import { clockText, dateText, MONTHS, pad, type WallClock } from "./wall-clock";

export type Precision = "DAY" | "MINUTE";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The instant of a wall-clock time ("2025-08-12T00:01") in an IANA zone. */
export function instantInZone(localDateTime: string, zone: string): Date {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(localDateTime);
  if (!match) throw new RangeError(`Not a local date or date-time: ${localDateTime}`);
  const [y, mo, d, h, mi] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  const zoned = new TZDate(y, mo - 1, d, h, mi, zone);
  if (zoned.getDate() !== d || zoned.getMonth() !== mo - 1 || h > 23 || mi > 59) {
    throw new RangeError(`Not a real date or time: ${localDateTime}`);
  }
  return new Date(zoned.getTime());
}

const ZONE_NAMES: Record<string, string> = {
  "America/New_York": "Washington time",
  "Asia/Shanghai": "Beijing time",
  "Europe/Zurich": "Geneva time",
  "Europe/London": "London time",
  "Europe/Stockholm": "Stockholm time",
  "Europe/Madrid": "Madrid time",
  "Europe/Paris": "Paris time",
  "Asia/Kuala_Lumpur": "Kuala Lumpur time",
  "Asia/Seoul": "Seoul time",
};

/** A reader-friendly name for a zone: "Beijing time", else the city of the IANA name. */
export function zoneName(zone: string): string {
  return ZONE_NAMES[zone] ?? `${zone.split("/").pop()?.replaceAll("_", " ")} time`;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

// Intl rather than date-fns's TZDate: its constructor reads the clock (`new Date()`), which Next
// refuses while prerendering. TZDate is used where nothing is prerendered (instantInZone, for forms).
function zonedParts(instant: Date, zone: string): WallClock {
  let formatter = partFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    partFormatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The zone's own abbreviation at that instant where it has one ("EDT", "EST"), else its UTC offset. */
export function zoneAbbreviation(instant: Date, zone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

/** "10 November 2026" or "10 November 2026, 00:01 EST" in the given zone. */
export function formatInstant(instant: Date, zone: string, precision: Precision = "MINUTE"): string {
  const clock = zonedParts(instant, zone);
  if (precision === "DAY") return dateText(clock);
  return `${dateText(clock)}, ${clockText(clock)} ${zoneAbbreviation(instant, zone)}`;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  const { year, month, day } = zonedParts(instant, zone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "10–11 May 2025", "31 March – 2 April 2026": a span of local days, `endsAt` exclusive. */
export function formatDaySpan(startsAt: Date, endsAt: Date, zone: string): string {
  const first = zonedParts(startsAt, zone);
  const last = zonedParts(new Date(Math.max(startsAt.getTime(), endsAt.getTime() - 1)), zone);
  const dayMonth = (p: WallClock) => `${p.day} ${MONTHS[p.month - 1]}`;
  if (first.year !== last.year) return `${dayMonth(first)} ${first.year} – ${dayMonth(last)} ${last.year}`;
  if (first.month !== last.month) return `${dayMonth(first)} – ${dayMonth(last)} ${last.year}`;
  if (first.day !== last.day) return `${first.day}–${dayMonth(last)} ${last.year}`;
  return `${dayMonth(first)} ${first.year}`;
}

/** The year of an instant in a zone, for filtering the timeline. */
export function yearInZone(instant: Date, zone: string): number {
  return zonedParts(instant, zone).year;
}

/** The local wall-clock time (HH:mm) of an instant in a zone. */
export function localTime(instant: Date, zone: string): string {
  return clockText(zonedParts(instant, zone));
}

/** A span's local start and end fields, as an editor typed them (the end day inclusive). */
export function localSpanFields(startsAt: Date, endsAt: Date, zone: string, precision: Precision) {
  if (precision === "MINUTE") {
    return {
      startDate: localDate(startsAt, zone),
      startTime: localTime(startsAt, zone),
      endDate: localDate(endsAt, zone),
      endTime: localTime(endsAt, zone),
    };
  }
  return {
    startDate: localDate(startsAt, zone),
    startTime: "",
    endDate: localDate(new Date(endsAt.getTime() - 1), zone),
    endTime: "",
  };
}
