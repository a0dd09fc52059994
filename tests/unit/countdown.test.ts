import { describe, expect, it } from "vitest";
import { countdownTo, describeCountdown, describeSpan } from "@/lib/domain/countdown";
import { instantInZone } from "@/lib/domain/time";

const at = (iso: string) => Date.parse(iso);

describe("countdownTo", () => {
  it("splits the time left into days, hours, minutes and seconds", () => {
    const c = countdownTo(at("2026-11-27T00:00:00Z"), at("2026-11-21T12:00:00Z"));
    expect(c).toEqual({ passed: false, days: 5, hours: 12, minutes: 0, seconds: 0 });
  });

  it("rounds a part-second up so it never shows zero before the deadline", () => {
    const c = countdownTo(at("2026-01-01T00:00:00.000Z"), at("2025-12-31T23:59:59.200Z"));
    expect(c).toMatchObject({ passed: false, days: 0, hours: 0, minutes: 0, seconds: 1 });
  });

  it("counts the time since a passed deadline with positive parts", () => {
    const c = countdownTo(at("2026-11-10T05:01:00Z"), at("2026-11-21T12:00:00Z"));
    expect(c).toEqual({ passed: true, days: 11, hours: 6, minutes: 59, seconds: 0 });
    for (const part of [c.days, c.hours, c.minutes, c.seconds]) expect(part).toBeGreaterThanOrEqual(0);
  });

  it("is passed at the very instant the deadline falls due", () => {
    expect(countdownTo(at("2026-11-10T05:01:00Z"), at("2026-11-10T05:01:00Z"))).toMatchObject({
      passed: true,
      days: 0,
      seconds: 0,
    });
  });

  it("counts the real extra hour across the US end of daylight saving time", () => {
    // 1 Nov 2025 00:01 EDT to 10 Nov 2025 00:01 EST: nine calendar days, but clocks went back an hour.
    const now = instantInZone("2025-11-01T00:01", "America/New_York").getTime();
    const due = instantInZone("2025-11-10T00:01", "America/New_York").getTime();
    expect(countdownTo(due, now)).toMatchObject({ days: 9, hours: 1, minutes: 0 });
  });

  it("counts the lost hour across the US start of daylight saving time", () => {
    const now = instantInZone("2026-03-07T12:00", "America/New_York").getTime();
    const due = instantInZone("2026-03-09T12:00", "America/New_York").getTime();
    expect(countdownTo(due, now)).toMatchObject({ days: 1, hours: 23 });
  });

  it("gives the same answer wherever the reader is, since both ends are instants", () => {
    const due = instantInZone("2026-11-10T13:01", "Asia/Shanghai").getTime();
    const fromLosAngeles = instantInZone("2026-11-09T08:00", "America/Los_Angeles").getTime();
    const fromTokyo = instantInZone("2026-11-10T01:00", "Asia/Tokyo").getTime();
    expect(countdownTo(due, fromLosAngeles)).toEqual(countdownTo(due, fromTokyo));
    expect(countdownTo(due, fromLosAngeles)).toMatchObject({ passed: false, days: 0, hours: 13, minutes: 1 });
  });
});

describe("describing a countdown", () => {
  it("names the two largest units, in words", () => {
    expect(describeSpan({ passed: false, days: 6, hours: 3, minutes: 2, seconds: 1 })).toBe("6 days, 3 hours");
    expect(describeSpan({ passed: false, days: 0, hours: 1, minutes: 0, seconds: 5 })).toBe("1 hour, 5 seconds");
  });

  it("says 'ago' for a passed deadline instead of a negative number", () => {
    const text = describeCountdown(countdownTo(at("2026-11-10T05:01:00Z"), at("2026-11-21T12:00:00Z")));
    expect(text).toBe("11 days, 6 hours ago");
    expect(text).not.toMatch(/-/);
  });

  it("says 'in' for one still to come", () => {
    expect(describeCountdown(countdownTo(at("2026-11-21T12:00:30Z"), at("2026-11-21T12:00:00Z")))).toBe(
      "in 30 seconds",
    );
  });
});
