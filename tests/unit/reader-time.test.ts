import { describe, expect, it } from "vitest";
import { readerTimeText } from "@/lib/domain/reader-time";

describe("readerTimeText", () => {
  const madridOpening = "2025-09-14T08:00:00.000Z";

  it("writes the same instant in each zone's own wall-clock time", () => {
    const inUtc = readerTimeText({ start: madridOpening }, "UTC");
    const inTokyo = readerTimeText({ start: madridOpening }, "Asia/Tokyo");
    expect(inUtc).toContain("2025");
    expect(inUtc).toMatch(/\b8:00\b/);
    expect(inTokyo).toMatch(/\b5:00\b/);
  });

  it("writes a span as one range, and a date alone without a time", () => {
    const span = readerTimeText({ start: madridOpening, end: "2025-09-15T16:00:00.000Z", withTime: false }, "UTC");
    expect(span).toMatch(/14.*15/);
    expect(span).not.toMatch(/\d:\d\d/);
  });

  it("crosses midnight into the next day where the zone is ahead", () => {
    const lateEvening = "2025-05-10T20:00:00.000Z";
    expect(readerTimeText({ start: lateEvening, withTime: false }, "UTC")).toMatch(/\b10\b/);
    expect(readerTimeText({ start: lateEvening, withTime: false }, "Asia/Shanghai")).toMatch(/\b11\b/);
  });
});
