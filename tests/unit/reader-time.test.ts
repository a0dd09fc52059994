import { afterEach, describe, expect, it } from "vitest";
import { readerTimeText, readerUtcOffset, utcTimeText } from "@/lib/domain/reader-time";

// Node reads TZ again whenever it is set: these run "in" a reader's zone as a browser would.
const originalZone = process.env.TZ;
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const madridOpening = "2025-09-14T08:00:00.000Z";

describe("utcTimeText", () => {
  it("writes an instant as the site writes times, in UTC", () => {
    process.env.TZ = "Asia/Tokyo";
    expect(utcTimeText({ start: madridOpening })).toBe("14 Sep 2025, 08:00");
    expect(utcTimeText({ start: madridOpening, withTime: false })).toBe("14 Sep 2025");
  });

  it("writes a span on one day once, and a span over days in full", () => {
    expect(utcTimeText({ start: madridOpening, end: "2025-09-14T16:30:00.000Z" })).toBe("14 Sep 2025, 08:00–16:30");
    expect(utcTimeText({ start: madridOpening, end: "2025-09-15T16:00:00.000Z" })).toBe(
      "14 Sep 2025, 08:00 – 15 Sep 2025, 16:00",
    );
    expect(utcTimeText({ start: madridOpening, end: "2025-09-15T16:00:00.000Z", withTime: false })).toBe(
      "14 Sep 2025 – 15 Sep 2025",
    );
  });
});

describe("readerTimeText and readerUtcOffset", () => {
  it("move the instant onto the reader's clock, into the next day where the reader is ahead", () => {
    process.env.TZ = "Asia/Tokyo";
    expect(readerTimeText({ start: "2025-05-10T20:00:00.000Z" })).toBe("11 May 2025, 05:00");
    expect(readerUtcOffset(madridOpening)).toBe("UTC+9");
  });

  it("follow the reader's daylight saving time, and half-hour zones", () => {
    process.env.TZ = "America/New_York";
    expect(readerTimeText({ start: madridOpening })).toBe("14 Sep 2025, 04:00");
    expect(readerUtcOffset(madridOpening)).toBe("UTC-4");
    expect(readerUtcOffset("2026-01-15T12:00:00.000Z")).toBe("UTC-5");
    process.env.TZ = "Asia/Kolkata";
    expect(readerUtcOffset(madridOpening)).toBe("UTC+5:30");
    process.env.TZ = "UTC";
    expect(readerUtcOffset(madridOpening)).toBe("UTC");
  });
});
