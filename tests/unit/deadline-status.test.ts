import { describe, expect, it } from "vitest";
import {
  deadlineState,
  describeOutcome,
  featuredDeadlines,
  orderChain,
  orderForListing,
  upcomingDeadlines,
} from "@/lib/domain/deadline-status";

const now = Date.parse("2026-11-21T12:00:00Z");
const deadline = (
  id: number,
  due: string,
  status: "UPCOMING" | "EXTENDED" | "MET" | "LAPSED" | "MOOT" = "UPCOMING",
  supersedesId: number | null = null,
) => ({
  id,
  dueAt: new Date(due),
  status,
  supersedesId,
  resolutionNote: null as string | null,
  timeZone: "America/New_York",
  timePrecision: "DAY" as const,
});

describe("deadlineState", () => {
  it("is upcoming before the due instant and 'passed' (not lapsed) after it with nothing recorded", () => {
    expect(deadlineState(deadline(1, "2026-11-27T00:00:00Z"), now)).toBe("upcoming");
    expect(deadlineState(deadline(1, "2026-11-10T05:01:00Z"), now)).toBe("passed");
  });

  it("keeps a recorded outcome whatever the clock says", () => {
    expect(deadlineState(deadline(1, "2027-01-01T00:00:00Z", "MET"), now)).toBe("met");
    expect(deadlineState(deadline(1, "2025-04-05T04:00:00Z", "EXTENDED"), now)).toBe("extended");
    expect(deadlineState(deadline(1, "2026-11-10T05:01:00Z", "MOOT"), now)).toBe("moot");
    expect(deadlineState(deadline(1, "2026-11-10T05:01:00Z", "LAPSED"), now)).toBe("lapsed");
  });
});

describe("choosing deadlines to show", () => {
  const all = [
    deadline(1, "2026-12-31T05:00:00Z"),
    deadline(2, "2026-11-27T00:00:00Z"),
    deadline(3, "2026-11-10T05:01:00Z"),
    deadline(4, "2027-06-01T00:00:00Z"),
    deadline(5, "2025-12-16T05:00:00Z", "EXTENDED"),
  ];

  it("lists only what is still to come, soonest first", () => {
    expect(upcomingDeadlines(all, now).map((d) => d.id)).toEqual([2, 1, 4]);
  });

  it("features the next deadline and the others close behind it", () => {
    expect(featuredDeadlines(all, now).map((d) => d.id)).toEqual([2, 1]);
    expect(featuredDeadlines(all, now, { closeWithinDays: 1 }).map((d) => d.id)).toEqual([2]);
    expect(featuredDeadlines([deadline(3, "2026-11-10T05:01:00Z")], now)).toEqual([]);
  });

  it("orders a listing upcoming first, then the rest newest first", () => {
    expect(orderForListing(all, now).map((d) => d.id)).toEqual([2, 1, 4, 3, 5]);
  });
});

describe("extension chains", () => {
  it("orders links by what they supersede, not by their order in storage", () => {
    const chain = [
      deadline(12, "2025-06-19T04:00:00Z", "EXTENDED", 11),
      deadline(10, "2025-01-19T05:00:00Z", "EXTENDED"),
      deadline(11, "2025-04-05T04:00:00Z", "EXTENDED", 10),
    ];
    expect(orderChain(chain).map((d) => d.id)).toEqual([10, 11, 12]);
  });

  it("rejects broken chains", () => {
    expect(() => orderChain([deadline(1, "2025-01-01T00:00:00Z"), deadline(2, "2025-02-01T00:00:00Z")])).toThrow(
      /exactly one/,
    );
    expect(() =>
      orderChain([
        deadline(1, "2025-01-01T00:00:00Z", "EXTENDED", 2),
        deadline(2, "2025-02-01T00:00:00Z", "EXTENDED", 1),
      ]),
    ).toThrow();
  });
});

describe("describeOutcome", () => {
  it("says where an extended deadline went and what moved it", () => {
    const text = describeOutcome(deadline(1, "2025-01-19T05:00:00Z", "EXTENDED"), now, {
      dueAt: new Date("2025-04-05T04:00:00Z"),
      timeZone: "America/New_York",
      timePrecision: "DAY",
      setBy: "Executive Order 14166",
    });
    expect(text).toBe("Extended to 5 April 2025 by Executive Order 14166.");
  });

  it("gives the recorded resolution, and says plainly when none is recorded", () => {
    const met = {
      ...deadline(1, "2026-01-23T05:00:00Z", "MET"),
      resolutionNote: "Met: the joint venture closed on 22 January 2026, a day before the deadline.",
    };
    expect(describeOutcome(met, now)).toMatch(/^Met: the joint venture closed/);
    expect(describeOutcome(deadline(2, "2026-11-10T05:01:00Z"), now)).toMatch(/not yet recorded/);
  });
});
