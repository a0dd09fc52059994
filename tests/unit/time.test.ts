import { describe, expect, it } from "vitest";
import {
  formatDaySpan,
  formatInstant,
  instantInZone,
  isValidTimeZone,
  localDate,
  yearInZone,
  zoneName,
} from "@/lib/domain/time";

describe("instantInZone", () => {
  it("places a US order's 12:01 a.m. Eastern in summer time (EDT, UTC-4)", () => {
    expect(instantInZone("2025-08-12T00:01", "America/New_York").toISOString()).toBe("2025-08-12T04:01:00.000Z");
  });

  it("places the same wall time in winter time (EST, UTC-5)", () => {
    expect(instantInZone("2025-11-10T00:01", "America/New_York").toISOString()).toBe("2025-11-10T05:01:00.000Z");
  });

  it("places China's 13:01 Beijing time (UTC+8, no daylight saving)", () => {
    expect(instantInZone("2026-11-10T13:01", "Asia/Shanghai").toISOString()).toBe("2026-11-10T05:01:00.000Z");
  });

  it("takes a bare date as local midnight", () => {
    expect(instantInZone("2025-05-10", "Europe/Zurich").toISOString()).toBe("2025-05-09T22:00:00.000Z");
  });

  it("refuses unknown zones and impossible dates", () => {
    expect(() => instantInZone("2025-05-10", "Mars/Olympus")).toThrow(/time zone/);
    expect(() => instantInZone("2025-02-30", "UTC")).toThrow(/real date/);
    expect(() => instantInZone("10 May 2025", "UTC")).toThrow(/local date/);
  });
});

describe("formatting in a zone", () => {
  it("shows the zone's own abbreviation, which changes with daylight saving", () => {
    expect(formatInstant(new Date("2025-08-12T04:01:00Z"), "America/New_York")).toBe("12 August 2025, 00:01 EDT");
    expect(formatInstant(new Date("2025-11-10T05:01:00Z"), "America/New_York")).toBe("10 November 2025, 00:01 EST");
  });

  it("shows Beijing's offset and a date alone for day precision", () => {
    expect(formatInstant(new Date("2026-11-10T05:01:00Z"), "Asia/Shanghai")).toBe("10 November 2026, 13:01 GMT+8");
    expect(formatInstant(new Date("2026-11-09T16:00:00Z"), "Asia/Shanghai", "DAY")).toBe("10 November 2026");
  });

  it("gives the local calendar date, which can differ from the UTC one", () => {
    const instant = new Date("2026-11-09T16:00:00Z");
    expect(localDate(instant, "Asia/Shanghai")).toBe("2026-11-10");
    expect(localDate(instant, "America/New_York")).toBe("2026-11-09");
    expect(yearInZone(new Date("2025-12-31T17:00:00Z"), "Asia/Shanghai")).toBe(2026);
  });

  it("writes spans of local days compactly, with an exclusive end", () => {
    const zone = "Europe/Madrid";
    expect(formatDaySpan(instantInZone("2025-09-14", zone), instantInZone("2025-09-16", zone), zone)).toBe(
      "14–15 September 2025",
    );
    expect(
      formatDaySpan(instantInZone("2025-10-30", "Asia/Seoul"), instantInZone("2025-10-31", "Asia/Seoul"), "Asia/Seoul"),
    ).toBe("30 October 2025");
    expect(
      formatDaySpan(
        instantInZone("2026-03-31", "Asia/Shanghai"),
        instantInZone("2026-04-03", "Asia/Shanghai"),
        "Asia/Shanghai",
      ),
    ).toBe("31 March – 2 April 2026");
  });

  it("names zones for readers", () => {
    expect(zoneName("Asia/Shanghai")).toBe("Beijing time");
    expect(zoneName("America/Los_Angeles")).toBe("Los Angeles time");
    expect(isValidTimeZone("Asia/Kuala_Lumpur")).toBe(true);
    expect(isValidTimeZone("Not/AZone")).toBe(false);
  });
});
