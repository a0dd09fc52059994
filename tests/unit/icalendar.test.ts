import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { instantInZone } from "@/lib/domain/time";
import {
  chainSequence,
  deadlineChainEvent,
  deadlineChains,
  roundEvent,
  type EventLinks,
} from "@/lib/outputs/calendar-events";
import { calendarText, type CalendarEvent } from "@/lib/outputs/icalendar";
import { vtimezone, zoneTransitions } from "@/lib/outputs/vtimezone";
import type { CalendarDeadline, CalendarRound } from "@/lib/queries/calendar";

// Parley's calendars as a calendar app reads them: written with ical-generator, parsed with ical.js.

const octets = (text: string) => new TextEncoder().encode(text).length;
const links: EventLinks = {
  uidDomain: "parley.example",
  deadlineUrl: (s) => `https://parley.example/deadlines/${s}`,
  roundUrl: (s) => `https://parley.example/rounds/${s}`,
};
const stamp = new Date("2026-11-01T00:00:00Z");

/** The calendar's own properties, its events and its VTIMEZONEs, with only its own zones known to ical.js. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone");
  ICAL.TimezoneService.reset();
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  return { calendar, events, zones: zones.map((z) => new ICAL.Timezone(z)) };
}

const calendarOf = (...events: CalendarEvent[]) =>
  parse(calendarText({ name: "Parley: test", description: "Test calendar.", events }));

function link(
  id: number,
  day: string,
  supersedesId: number | null,
  extra: Partial<CalendarDeadline> = {},
): CalendarDeadline {
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
  link(6, "2026-01-23", 5, {
    status: "MET",
    resolutionNote: "Met: the joint venture closed.",
    description: "The end of the 120 days.",
    updatedAt: new Date("2026-11-02T15:30:00Z"),
  }),
];

const minuteDeadline = (id: number, local: string, timeZone: string, extra: Partial<CalendarDeadline> = {}) =>
  link(id, local.slice(0, 10), null, {
    slug: `deadline-${id}`,
    title: `Deadline ${id}`,
    dueAt: instantInZone(local, timeZone),
    timeZone,
    timePrecision: "MINUTE",
    status: "UPCOMING",
    issue: null,
    ...extra,
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

describe("deadline chains", () => {
  it("groups links by chain, each in order from its first date, whatever order they come in", () => {
    const single = { ...link(7, "2026-11-27", null), slug: "notice-46" };
    const chains = deadlineChains([tiktok[3]!, single, tiktok[0]!, tiktok[5]!, tiktok[1]!, tiktok[2]!, tiktok[4]!]);
    expect(chains.map((c) => c.map((l) => l.id))).toEqual([[1, 2, 3, 4, 5, 6], [7]]);
  });

  it("makes one all-day event of a chain: the root's UID, the latest date, SEQUENCE counting the extensions", () => {
    const { events, zones } = calendarOf(deadlineChainEvent(tiktok, links));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.uid).toBe("deadline-chain-1@parley.example");
    expect(event!.sequence).toBe(5);
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe("2026-01-23");
    expect(event!.endDate.isDate).toBe(true);
    expect(event!.endDate.toString()).toBe("2026-01-24");
    expect(event!.component.getFirstPropertyValue("url")).toBe("https://parley.example/deadlines/tiktok-2026-01-23");
    expect(event!.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    expect(event!.component.getFirstProperty("categories")!.getValues()).toEqual(["Deadline", "TikTok"]);
    expect(event!.description).toContain("Extended 5 times: 19 January 2025 → 5 April 2025");
    expect(event!.description).toContain("Met: the joint venture closed.");
    // Stamped with the chain's latest change, so an unchanged calendar is byte for byte the same.
    expect(event!.component.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-02T15:30:00Z");
    expect(event!.component.getFirstPropertyValue("last-modified")!.toString()).toBe("2026-11-02T15:30:00Z");
    // All-day dates need no zone.
    expect(zones).toEqual([]);
  });

  it("raises SEQUENCE when the chain is extended or its latest date is edited, never otherwise", () => {
    expect(chainSequence([{ version: 1 }])).toBe(0);
    expect(chainSequence([{ version: 3 }, { version: 1 }])).toBe(1);
    expect(chainSequence([{ version: 1 }, { version: 2 }])).toBe(2);
  });

  it("gives a day-precision deadline its local day in its own zone, ending the next day across a year end", () => {
    // Midnight in Beijing is 16:00 UTC the day before; the event must keep Beijing's day.
    const beijing = link(8, "2026-12-31", null, {
      dueAt: instantInZone("2026-12-31", "Asia/Shanghai"),
      timeZone: "Asia/Shanghai",
      status: "UPCOMING",
    });
    const [event] = calendarOf(deadlineChainEvent([beijing], links)).events;
    expect(event!.startDate.toString()).toBe("2026-12-31");
    expect(event!.endDate.toString()).toBe("2027-01-01");
    expect(event!.sequence).toBe(0);
  });

  it("keeps a minute-precision deadline at its wall-clock time in its official zone, with that zone's VTIMEZONE", () => {
    const event = deadlineChainEvent([minuteDeadline(9, "2026-11-10T13:01", "Asia/Shanghai")], links);
    const text = calendarText({ name: "Parley", description: "Test.", events: [event] });
    expect(text).toContain("\r\nDTSTART;TZID=Asia/Shanghai:20261110T130100\r\n");
    const { events, zones } = parse(text);
    expect(events[0]!.startDate.zone?.tzid).toBe("Asia/Shanghai");
    expect(events[0]!.startDate.toString()).toBe("2026-11-10T13:01:00");
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-11-10T05:01:00.000Z");
    expect(events[0]!.component.hasProperty("dtend")).toBe(false);
    expect(zones.map((z) => z.tzid)).toEqual(["Asia/Shanghai"]);
  });

  it("writes a deadline in UTC as a UTC time, with no VTIMEZONE", () => {
    const text = calendarText({
      name: "Parley",
      description: "Test.",
      events: [deadlineChainEvent([minuteDeadline(10, "2026-05-01T12:00", "UTC")], links)],
    });
    expect(text).toContain("\r\nDTSTART:20260501T120000Z\r\n");
    expect(parse(text).zones).toEqual([]);
  });
});

describe("rounds", () => {
  it("are all-day events over their local days, with the round's id as UID and its version as SEQUENCE", () => {
    const { events } = calendarOf(
      roundEvent(madrid, links),
      roundEvent({ ...madrid, id: 13, status: "POSTPONED" }, links),
    );
    const [round, postponed] = events;
    expect(round!.uid).toBe("round-12@parley.example");
    expect(round!.sequence).toBe(3);
    expect(round!.startDate.isDate).toBe(true);
    expect([round!.startDate.toString(), round!.endDate.toString()]).toEqual(["2025-09-14", "2025-09-16"]);
    expect(round!.location).toBe("Palacio de Santa Cruz, Madrid, Spain");
    expect(round!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(round!.component.getFirstPropertyValue("transp")).toBeNull();
    expect(postponed!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("keep a minute-precision round's start and end in its official zone", () => {
    const geneva = {
      ...madrid,
      timePrecision: "MINUTE" as const,
      timeZone: "Europe/Zurich",
      startsAt: instantInZone("2025-05-10T10:00", "Europe/Zurich"),
      endsAt: instantInZone("2025-05-11T18:30", "Europe/Zurich"),
    };
    const { events, zones } = calendarOf(roundEvent(geneva, links));
    expect(events[0]!.startDate.toString()).toBe("2025-05-10T10:00:00");
    expect(events[0]!.endDate.zone?.tzid).toBe("Europe/Zurich");
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe("2025-05-11T16:30:00.000Z");
    expect(zones.map((z) => z.tzid)).toEqual(["Europe/Zurich"]);
  });
});

describe("time zones", () => {
  it("finds New York's 2025 changes to the minute", () => {
    const changes = zoneTransitions("America/New_York", Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
    expect(changes.map((t) => [new Date(t.at).toISOString(), t.offsetFrom, t.offsetTo])).toEqual([
      ["2025-03-09T07:00:00.000Z", -300, -240],
      ["2025-11-02T06:00:00.000Z", -240, -300],
    ]);
  });

  it("gives New York a VTIMEZONE that takes times on both sides of its daylight-saving changes where they belong", () => {
    // 01:30 is still EST on 8 March 2026; 03:30 is already EDT; 1 November falls back.
    const times = [
      "2026-01-15T12:00",
      "2026-03-08T01:30",
      "2026-03-08T03:30",
      "2026-07-15T12:00",
      "2026-11-01T00:30",
      "2026-11-01T03:00",
    ];
    const text = calendarText({
      name: "Parley",
      description: "Test.",
      events: times.map((t, i) => deadlineChainEvent([minuteDeadline(20 + i, t, "America/New_York")], links)),
    });
    expect(text).toContain("\r\nDTSTART:20260308T020000\r\n");
    expect(text).toContain("\r\nDTSTART:20261101T020000\r\n");
    const { events, zones } = parse(text);
    expect(zones.map((z) => z.tzid)).toEqual(["America/New_York"]);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      "2026-01-15T17:00:00.000Z",
      "2026-03-08T06:30:00.000Z",
      "2026-03-08T07:30:00.000Z",
      "2026-07-15T16:00:00.000Z",
      "2026-11-01T04:30:00.000Z",
      "2026-11-01T08:00:00.000Z",
    ]);
    const offsetHours = (local: string) => zones[0]!.utcOffset(ICAL.Time.fromDateTimeString(local)) / 3600;
    expect([
      offsetHours("2026-01-15T12:00:00"),
      offsetHours("2026-07-15T12:00:00"),
      offsetHours("2026-12-15T12:00:00"),
    ]).toEqual([-5, -4, -5]);
  });

  it("starts each VTIMEZONE with the observance in force before its earliest event", () => {
    const text = vtimezone("America/New_York", 2025, 2025);
    expect(text.split("\r\n").slice(0, 2)).toEqual(["BEGIN:VTIMEZONE", "TZID:America/New_York"]);
    expect(text).toContain("\r\nDTSTART:20241103T020000\r\n");
    expect(text).toContain("\r\nDTSTART:20250309T020000\r\n");
    expect(text.match(/BEGIN:DAYLIGHT/g)).toHaveLength(2);
  });

  it("gives a zone without daylight saving one fixed observance", () => {
    expect(vtimezone("Asia/Shanghai", 2025, 2026).split("\r\n")).toEqual([
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
});

describe("a whole calendar", () => {
  const hostileTitle = "Talks, round 2; <script>alert(1)</script>\nBEGIN:VEVENT\nUID:evil@example";
  const hostile = roundEvent(
    {
      ...madrid,
      title: hostileTitle,
      summary: `First line\r\nSecond line, with a comma; a semicolon, a backslash \\ and a bell\u0007. ${"关税 – Zölle ".repeat(20)}`,
      venue: "Hall A; Wing B",
      city: "Geneva, Switzerland",
      country: null,
    },
    links,
  );
  const hostileName = "Parley: Tariffs, fentanyl; <b>and</b>\nX-EVIL:1";
  const text = calendarText({
    name: hostileName,
    description: "Deadlines, rounds; and more.\nFrom Parley.",
    events: [deadlineChainEvent(tiktok, links), hostile],
  });

  it("uses CRLF line ends only, ends with one, and keeps every line within 75 octets without splitting a character", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
  });

  it("keeps hostile text as text: escaped commas, semicolons and line breaks, no injected properties, control characters dropped", () => {
    const { calendar, events } = parse(text);
    expect(events.map((e) => e.uid)).toEqual(["deadline-chain-1@parley.example", "round-12@parley.example"]);
    expect(events[1]!.summary).toBe(hostileTitle);
    expect(events[1]!.description).toContain(
      "First line\nSecond line, with a comma; a semicolon, a backslash \\ and a bell. 关税 – Zölle",
    );
    expect(events[1]!.location).toBe("Hall A; Wing B, Geneva, Switzerland");
    expect(text.replaceAll("\r\n ", "")).toContain(
      "SUMMARY:Talks\\, round 2\\; <script>alert(1)</script>\\nBEGIN:VEVENT\\nUID:evil@example\r\n",
    );
    expect(text).not.toContain("\u0007");
    // ical.js leaves X- values as written; calendar apps read these two as TEXT.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Parley: Tariffs\\, fentanyl\\; <b>and</b>\\nX-EVIL:1");
    expect(calendar.getFirstPropertyValue("x-wr-caldesc")).toBe("Deadlines\\, rounds\\; and more.\\nFrom Parley.");
    expect(calendar.hasProperty("x-evil")).toBe(false);
  });

  it("tells subscribers it is published and how often to fetch it again", () => {
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Parley//US-China trade talks tracker//EN");
    expect(calendar.getFirstPropertyValue("refresh-interval")!.toString()).toBe("PT6H");
  });
});
