import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { instantInZone } from "@/lib/domain/time";
import { chainSequence, deadlineChainEvent, deadlineChains, nextDay, roundEvent, type EventLinks } from "@/lib/outputs/calendar-events";
import { escapeText, foldLine, formatLocalDateTime, serializeCalendar, type CalendarEvent } from "@/lib/outputs/icalendar";
import { formatUtcOffset, utcOffsetMinutes, vtimezoneLines, zoneTransitions } from "@/lib/outputs/vtimezone";
import type { CalendarDeadline, CalendarRound } from "@/lib/queries/calendar";

const octets = (text: string) => new TextEncoder().encode(text).length;
const links: EventLinks = { uidDomain: "parley.example", deadlineUrl: (s) => `https://parley.example/deadlines/${s}`, roundUrl: (s) => `https://parley.example/rounds/${s}` };
const stamp = new Date("2026-11-01T00:00:00Z");

describe("folding", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation line starting with a space", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("keeps every physical line within 75 octets and never splits a multi-byte character", () => {
    const line = `SUMMARY:${"Zölle – 关税 – ".repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });
});

describe("escaping", () => {
  it("escapes backslashes, semicolons, commas and line breaks, in that order", () => {
    expect(escapeText("a\\b; c, d\ne\r\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("drops control characters a TEXT value may not hold", () => {
    expect(escapeText("bell\u0007 tab\t")).toBe("bell tab\t");
  });
});

describe("time zones", () => {
  it("reads UTC offsets on both sides of New York's daylight-saving changes", () => {
    expect(utcOffsetMinutes(Date.parse("2026-01-15T12:00:00Z"), "America/New_York")).toBe(-300);
    expect(utcOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "America/New_York")).toBe(-240);
    expect(utcOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "Asia/Shanghai")).toBe(480);
    expect(formatUtcOffset(-300)).toBe("-0500");
    expect(formatUtcOffset(330)).toBe("+0530");
  });

  it("finds New York's 2025 changes to the minute", () => {
    const changes = zoneTransitions("America/New_York", Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
    expect(changes.map((t) => [new Date(t.at).toISOString(), t.offsetFrom, t.offsetTo, t.abbreviation])).toEqual([
      ["2025-03-09T07:00:00.000Z", -300, -240, "EDT"],
      ["2025-11-02T06:00:00.000Z", -240, -300, "EST"],
    ]);
  });

  it("writes a VTIMEZONE whose observances start at the wall-clock time they replace, from the year before", () => {
    const lines = vtimezoneLines("America/New_York", 2025, 2025);
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VTIMEZONE", "TZID:America/New_York"]);
    expect(lines).toContain("DTSTART:20241103T020000");
    expect(lines).toContain("DTSTART:20250309T020000");
    expect(lines.filter((l) => l === "BEGIN:DAYLIGHT")).toHaveLength(2);
  });

  it("gives a zone without daylight saving one fixed observance", () => {
    expect(vtimezoneLines("Asia/Shanghai", 2025, 2026)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Shanghai",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0800",
      "TZOFFSETTO:+0800",
      expect.stringMatching(/^TZNAME:/),
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("formats an instant as local time in its zone", () => {
    expect(formatLocalDateTime(instantInZone("2026-11-10T13:01", "Asia/Shanghai"), "Asia/Shanghai")).toBe("20261110T130100");
    expect(formatLocalDateTime(instantInZone("2025-08-12T00:01", "America/New_York"), "America/New_York")).toBe("20250812T000100");
  });
});

function link(id: number, day: string, supersedesId: number | null, extra: Partial<CalendarDeadline> = {}): CalendarDeadline {
  return {
    id,
    slug: `tiktok-${day}`,
    title: "TikTok divestiture deadline",
    description: null,
    dueAt: instantInZone(day, "America/New_York"),
    timeZone: "America/New_York",
    timePrecision: "DAY",
    status: "EXTENDED",
    resolutionNote: null,
    setBy: null,
    supersedesId,
    chainRootId: supersedesId === null ? null : 1,
    version: 1,
    updatedAt: stamp,
    issue: { slug: "tiktok", title: "TikTok" },
    sources: [],
    ...extra,
  };
}

const tiktok = [
  link(1, "2025-01-19", null),
  link(2, "2025-04-05", 1),
  link(3, "2025-06-19", 2),
  link(4, "2025-09-17", 3),
  link(5, "2025-12-16", 4),
  link(6, "2026-01-23", 5, { status: "MET", resolutionNote: "Met: the joint venture closed.", description: "The end of the 120 days." }),
];

describe("deadline chains as events", () => {
  it("groups links by chain, each in order from its first date, whatever order they come in", () => {
    const single = { ...link(7, "2026-11-27", null), slug: "notice-46" };
    const chains = deadlineChains([tiktok[3]!, single, tiktok[0]!, tiktok[5]!, tiktok[1]!, tiktok[2]!, tiktok[4]!]);
    expect(chains.map((c) => c.map((l) => l.id))).toEqual([[1, 2, 3, 4, 5, 6], [7]]);
  });

  it("makes one event of a chain: the root's UID, the latest date, SEQUENCE counting the extensions", () => {
    const event = deadlineChainEvent(tiktok, links);
    expect(event.uid).toBe("deadline-chain-1@parley.example");
    expect(event.sequence).toBe(5);
    expect(event.start).toEqual({ kind: "date", date: "2026-01-23" });
    expect(event.end).toEqual({ kind: "date", date: "2026-01-24" });
    expect(event.url).toBe("https://parley.example/deadlines/tiktok-2026-01-23");
    expect(event.description).toContain("Extended 5 times: 19 January 2025 → 5 April 2025");
    expect(event.description).toContain("Met: the joint venture closed.");
  });

  it("raises SEQUENCE when the chain is extended or its latest date is edited, never otherwise", () => {
    expect(chainSequence([{ version: 1 }])).toBe(0);
    expect(chainSequence([{ version: 3 }, { version: 1 }])).toBe(1);
    expect(chainSequence([{ version: 1 }, { version: 2 }])).toBe(2);
  });

  it("keeps a minute-precision deadline at its instant in its official zone", () => {
    const china = link(9, "2026-11-10", null, { dueAt: instantInZone("2026-11-10T13:01", "Asia/Shanghai"), timeZone: "Asia/Shanghai", timePrecision: "MINUTE", status: "UPCOMING" });
    const event = deadlineChainEvent([china], links);
    expect(event.start).toEqual({ kind: "date-time", instant: china.dueAt, timeZone: "Asia/Shanghai" });
    expect(event.end).toBeUndefined();
    expect(event.sequence).toBe(0);
  });
});

const madrid: CalendarRound = {
  id: 12,
  slug: "madrid-2025-09",
  kind: "NEGOTIATION_ROUND",
  title: "Madrid talks",
  city: "Madrid",
  country: "Spain",
  venue: "Palacio de Santa Cruz",
  startsAt: instantInZone("2025-09-14", "Europe/Madrid"),
  endsAt: instantInZone("2025-09-16", "Europe/Madrid"),
  timeZone: "Europe/Madrid",
  timePrecision: "DAY",
  status: "CONCLUDED",
  summary: "Talks in Madrid.",
  outcome: null,
  version: 3,
  updatedAt: stamp,
  sources: [],
};

it("a round is an all-day event over its local days, its SEQUENCE its version", () => {
  const event = roundEvent(madrid, links);
  expect(event).toMatchObject({
    uid: "round-12@parley.example",
    sequence: 3,
    start: { kind: "date", date: "2025-09-14" },
    end: { kind: "date", date: "2025-09-16" },
    location: "Palacio de Santa Cruz, Madrid, Spain",
    status: "CONFIRMED",
  });
  expect(roundEvent({ ...madrid, status: "POSTPONED" }, links).status).toBe("CANCELLED");
});

it("nextDay crosses month and year ends", () => {
  expect(nextDay("2025-12-31")).toBe("2026-01-01");
  expect(nextDay("2024-02-28")).toBe("2024-02-29");
});

describe("a whole calendar", () => {
  const minuteEvent: CalendarEvent = {
    uid: "x@parley.example",
    sequence: 2,
    modifiedAt: stamp,
    start: { kind: "date-time", instant: instantInZone("2025-08-12T00:01", "America/New_York"), timeZone: "America/New_York" },
    summary: "End of the suspension; 24 points, for now",
    description: `First line\nSecond line, with a comma; and a semicolon. ${"Long text ".repeat(20)}`,
  };
  const text = serializeCalendar({
    name: "Parley: US–China",
    refreshInterval: "PT6H",
    events: [minuteEvent, deadlineChainEvent(tiktok, links), roundEvent(madrid, links)],
  });

  it("uses CRLF line ends only, ends with one, and keeps every line within 75 octets", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("parses with ical.js into the same events, times and text", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(["x@parley.example", "deadline-chain-1@parley.example", "round-12@parley.example"]);
    const [suspension, chain, round] = events;
    expect(suspension!.summary).toBe(minuteEvent.summary);
    expect(suspension!.description).toBe(minuteEvent.description);
    expect(suspension!.startDate.zone?.tzid).toBe("America/New_York");
    expect(suspension!.startDate.toJSDate().toISOString()).toBe("2025-08-12T04:01:00.000Z");
    expect(chain!.sequence).toBe(5);
    expect(chain!.startDate.isDate).toBe(true);
    expect(chain!.startDate.toString()).toBe("2026-01-23");
    expect(round!.location).toBe("Palacio de Santa Cruz, Madrid, Spain");
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["America/New_York"]);
  });
});
