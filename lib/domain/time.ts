import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

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

/** The zone's own abbreviation at that instant where it has one ("EDT", "EST"), else its UTC offset. */
export function zoneAbbreviation(instant: Date, zone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

/** "10 November 2026" or "10 November 2026, 00:01 EST" in the given zone. */
export function formatInstant(instant: Date, zone: string, precision: Precision = "MINUTE"): string {
  const zoned = new TZDate(instant.getTime(), zone);
  if (precision === "DAY") return format(zoned, "d MMMM yyyy");
  return `${format(zoned, "d MMMM yyyy, HH:mm")} ${zoneAbbreviation(instant, zone)}`;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd");
}

/** "10–11 May 2025", "30 June – 2 July 2025": a span of local days, `endsAt` exclusive. */
export function formatDaySpan(startsAt: Date, endsAt: Date, zone: string): string {
  const start = new TZDate(startsAt.getTime(), zone);
  const lastDay = new TZDate(Math.max(startsAt.getTime(), endsAt.getTime() - 1), zone);
  if (format(start, "yyyy-MM-dd") === format(lastDay, "yyyy-MM-dd")) return format(start, "d MMMM yyyy");
  if (format(start, "yyyy-MM") === format(lastDay, "yyyy-MM")) return `${format(start, "d")}–${format(lastDay, "d MMMM yyyy")}`;
  if (format(start, "yyyy") === format(lastDay, "yyyy")) return `${format(start, "d MMMM")} – ${format(lastDay, "d MMMM yyyy")}`;
  return `${format(start, "d MMMM yyyy")} – ${format(lastDay, "d MMMM yyyy")}`;
}

/** The year of an instant in a zone, for filtering the timeline. */
export function yearInZone(instant: Date, zone: string): number {
  return new TZDate(instant.getTime(), zone).getFullYear();
}
