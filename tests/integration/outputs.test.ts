import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/lib/domain/time";
import { FEED_FORMAT_NAMES, type FeedFormat } from "@/lib/outputs/public-paths";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";

// What the API, feeds, calendars and downloads return, read from a freshly seeded database
// through the same functions the route handlers call.

let db: FreshDatabase;
let api: typeof import("@/lib/api/resources");
let handlers: typeof import("@/lib/api/handlers");
let schemas: typeof import("@/lib/schemas/api");
let feeds: typeof import("@/lib/outputs/update-feed");
let feedRoutes: Record<FeedFormat, { site: FeedRoute; issue: IssueFeedRoute }>;
let calendars: typeof import("@/lib/outputs/calendar-feed");
let downloads: typeof import("@/lib/outputs/downloads");
let siteCalendarRoute: typeof import("@/app/calendar.ics/route");
let issueCalendarRoute: typeof import("@/app/issues/[slug]/calendar.ics/route");

type FeedRoute = typeof import("@/app/feed.xml/route");
type IssueFeedRoute = typeof import("@/app/issues/[slug]/feed.xml/route");

const ORIGIN = "https://parley.example";
const firstPage = (per_page = 100) => ({ page: 1, per_page });

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  // lib/db.ts and lib/env.ts read the environment when first imported.
  process.env.DATABASE_URL = db.url;
  process.env.PARLEY_ORIGIN = ORIGIN;
  api = await import("@/lib/api/resources");
  handlers = await import("@/lib/api/handlers");
  schemas = await import("@/lib/schemas/api");
  feeds = await import("@/lib/outputs/update-feed");
  feedRoutes = {
    atom: { site: await import("@/app/feed.xml/route"), issue: await import("@/app/issues/[slug]/feed.xml/route") },
    rss: { site: await import("@/app/feed.rss/route"), issue: await import("@/app/issues/[slug]/feed.rss/route") },
    json: { site: await import("@/app/feed.json/route"), issue: await import("@/app/issues/[slug]/feed.json/route") },
  };
  calendars = await import("@/lib/outputs/calendar-feed");
  downloads = await import("@/lib/outputs/downloads");
  siteCalendarRoute = await import("@/app/calendar.ics/route");
  issueCalendarRoute = await import("@/app/issues/[slug]/calendar.ics/route");
});

afterAll(async () => {
  await db.cleanup();
});

/** The calendar's events, read with only the calendar's own VTIMEZONEs known to ical.js. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

/** RFC 4180 records, quoted fields with commas, quotes and line breaks included. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      record.push(field);
      field = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else {
      field += char;
    }
  }
  return records;
}

describe("the API's records", () => {
  it("lists published rounds earliest first, paged, each with participants, issues and sources", async () => {
    const all = await api.listRounds(firstPage());
    const published = await db.prisma.round.count({ where: { publishedAt: { not: null } } });
    expect(all.total).toBe(published);
    const starts = all.items.map((r) => r.starts_at);
    expect(starts).toEqual([...starts].sort());
    const second = await api.listRounds({ page: 2, per_page: 5 });
    expect(second.items.map((r) => r.slug)).toEqual(all.items.slice(5, 10).map((r) => r.slug));
    expect(all.lastModified).toBeInstanceOf(Date);
    expect(() => schemas.RoundSchema.array().parse(all.items)).not.toThrow();
  });

  it("returns a round by slug with both delegations and absolute links", async () => {
    const madrid = await api.findRound("madrid-2025-09");
    expect(madrid?.item.venue).toBe("Palacio de Santa Cruz");
    expect(madrid?.item.url).toBe(`${ORIGIN}/rounds/madrid-2025-09`);
    expect(madrid?.item.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Scott Bessent", "He Lifeng"]),
    );
    expect(madrid?.item.sources.length).toBeGreaterThan(0);
    expect(await api.findRound("atlantis-2031-01")).toBeNull();
  });

  it("gives every deadline its whole chain: the TikTok deadline was extended five times", async () => {
    const found = await api.findDeadline("tiktok-divestiture-2025-06-19");
    expect(found?.item.chain.root).toBe("tiktok-divestiture-2025-01-19");
    expect(found?.item.chain.extensions).toBe(5);
    expect(found?.item.chain.links.map((l) => l.due_at.slice(0, 10))).toEqual([
      "2025-01-19",
      "2025-04-05",
      "2025-06-19",
      "2025-09-17",
      "2025-12-16",
      "2026-01-23",
    ]);
    expect(found?.item.supersedes).toBe("tiktok-divestiture-2025-04-05");
    expect(found?.item.superseded_by).toBe("tiktok-divestiture-2025-09-17");
    const listed = await api.listDeadlines(firstPage());
    expect(listed.items.find((d) => d.slug === "tiktok-divestiture-2026-01-23")?.chain.links).toHaveLength(6);
    expect(listed.items.find((d) => d.slug === "china-notice-46-suspension-2026-11-27")?.chain).toMatchObject({
      extensions: 0,
      root: "china-notice-46-suspension-2026-11-27",
    });
  });

  it("gives each issue its status history, oldest first", async () => {
    const tiktok = await api.findIssue("tiktok");
    const changed = tiktok?.item.status_history.map((c) => c.changed_at) ?? [];
    expect(changed.length).toBeGreaterThan(1);
    expect(changed).toEqual([...changed].sort());
    expect(tiktok?.item.status).toBe(tiktok?.item.status_history.at(-1)?.to_status);
  });

  it("gives each tariff change the headline before and after it", async () => {
    const { items, total } = await api.listTariffChangesPage(firstPage());
    expect(total).toBe(await db.prisma.tariffChange.count());
    const peak = items.find((c) => c.direction === "US_ON_CHINA" && c.rate_percent === 125);
    expect(peak).toMatchObject({
      previous_rate_percent: 84,
      headline_before: 104,
      headline_after: 145,
      counts_towards_headline: true,
    });
    const farm = items.find((c) => c.measure === "COUNTER_FARM" && c.rate_percent === 15);
    expect(farm).toMatchObject({ counts_towards_headline: false, headline_after: 0 });
    const paged = await api.listTariffChangesPage({ page: 2, per_page: 10 });
    expect(paged.items.map((c) => c.id)).toEqual(items.slice(10, 20).map((c) => c.id));
  });

  it("lists participants with the published rounds they took part in, and sources", async () => {
    const he = await api.findParticipant("he-lifeng");
    expect(he?.item.rounds.map((r) => r.slug)).toContain("madrid-2025-09");
    const sources = await api.listSources(firstPage());
    expect(sources.total).toBeGreaterThan(40);
    expect(sources.items.every((s) => s.url.startsWith("http"))).toBe(true);
  });
});

describe("the API's handlers", () => {
  const listRounds = () => handlers.listEndpoint("/api/v1/rounds");
  const getRound = () => handlers.recordEndpoint("round");
  const request = (path: string, headers: Record<string, string> = {}) => new Request(`${ORIGIN}${path}`, { headers });

  it("pages with links, a Link header, the total and open CORS", async () => {
    const response = await listRounds()(request("/api/v1/rounds?page=2&per_page=3"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data).toHaveLength(3);
    expect(body.meta).toMatchObject({ page: 2, per_page: 3 });
    expect(body.links.prev).toBe(`${ORIGIN}/api/v1/rounds?page=1&per_page=3`);
    expect(response.headers.get("Link")).toContain('rel="next"');
    expect(response.headers.get("X-Total-Count")).toBe(String(body.meta.total));
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("answers 304 to its own ETag and to its own Last-Modified", async () => {
    const first = await listRounds()(request("/api/v1/rounds"));
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect((await listRounds()(request("/api/v1/rounds", { "If-None-Match": etag }))).status).toBe(304);
    expect((await listRounds()(request("/api/v1/rounds", { "If-Modified-Since": lastModified }))).status).toBe(304);
    expect((await listRounds()(request("/api/v1/rounds?per_page=3", { "If-None-Match": etag }))).status).toBe(200);
  });

  it("answers a bad query with a JSON 400 and an unknown slug with a JSON 404", async () => {
    const bad = await listRounds()(request("/api/v1/rounds?per_page=1000"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].parameter).toBe("per_page");
    const missing = await getRound()(request("/api/v1/rounds/atlantis"), {
      params: Promise.resolve({ slug: "atlantis" }),
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toContain("application/json");
    expect((await missing.json()).error.status).toBe(404);
  });
});

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html?: string;
  content_text?: string;
  date_published?: string;
  tags?: string[];
}

/** A JSON Feed 1.1 document, checked for the fields the spec requires. */
function parseJsonFeed(text: string): { title: string; feed_url: string; items: JsonFeedItem[] } {
  const feed = JSON.parse(text);
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(typeof feed.title).toBe("string");
  expect(Array.isArray(feed.items)).toBe(true);
  for (const item of feed.items) {
    expect(typeof item.id).toBe("string");
    expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
  }
  return feed;
}

/** Any of the three formats as title, link, content and category labels, parsed by a real parser. */
function feedEntries(format: FeedFormat, body: string) {
  if (format === "json") {
    return parseJsonFeed(body).items.map((item) => ({
      id: item.id,
      title: item.title,
      url: item.url,
      html: item.content_html ?? "",
      labels: item.tags ?? [],
      published: item.date_published ? new Date(item.date_published) : null,
    }));
  }
  const feed = parseFeed(body);
  expect(feed.meta.type).toBe(format);
  return feed.items.map((item) => ({
    id: item.id,
    title: item.title ?? "",
    url: item.url ?? "",
    html: item.content ?? "",
    labels: item.categories.map((c) => c.label),
    published: item.published,
  }));
}

function feedSelf(format: FeedFormat, body: string): string | null {
  return format === "json" ? parseJsonFeed(body).feed_url : parseFeed(body).self;
}

const FEED_FILES = { atom: "feed.xml", rss: "feed.rss", json: "feed.json" } as const;
const CONTENT_TYPES = {
  atom: "application/atom+xml",
  rss: "application/rss+xml",
  json: "application/feed+json",
} as const;

describe("the Atom feeds", () => {
  it("has the latest published updates, newest first, each linking back to Parley and to its sources", async () => {
    const { body } = await feeds.siteFeed("atom");
    const feed = parseFeed(body);
    const published = await db.prisma.update.count({ where: { publishedAt: { not: null } } });
    expect(feed.items).toHaveLength(Math.min(published, 50));
    expect(feed.self).toBe(`${ORIGIN}/feed.xml`);
    const dates = feed.items.map((item) => item.published?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.id).toMatch(/^tag:parley\.example,2026:update:\d+$/);
      expect(item.url).toMatch(new RegExp(`^${ORIGIN}/timeline\\?year=\\d{4}#update-`));
      expect(item.content).toContain("Sources:");
    }
  });

  it("has a feed per issue with only that issue's updates, and none for an unknown issue", async () => {
    const tiktok = await feeds.issueFeed("tiktok", "atom");
    const feed = parseFeed(tiktok!.body);
    const expected = await db.prisma.update.count({
      where: { publishedAt: { not: null }, issues: { some: { slug: "tiktok" } } },
    });
    expect(feed.items).toHaveLength(expected);
    expect(feed.items.every((item) => item.categories.some((c) => c.term === "tiktok"))).toBe(true);
    expect(await feeds.issueFeed("no-such-issue", "atom")).toBeNull();
  });
});

describe.each(FEED_FORMAT_NAMES)("the %s feeds", (format) => {
  it("hold the same updates as the Atom feed, each with its link back and its sources", async () => {
    const atom = parseFeed((await feeds.siteFeed("atom")).body).items;
    const entries = feedEntries(format, (await feeds.siteFeed(format)).body);
    expect(entries.map((e) => e.id)).toEqual(atom.map((item) => item.id));
    expect(entries.map((e) => e.title)).toEqual(atom.map((item) => item.title));
    // (RSS dates are to the second)
    const seconds = (date: Date | null | undefined) => Math.floor((date?.getTime() ?? 0) / 1000);
    expect(entries.map((e) => seconds(e.published))).toEqual(atom.map((item) => seconds(item.published)));
    for (const entry of entries) {
      expect(entry.url).toMatch(new RegExp(`^${ORIGIN}/timeline\\?year=\\d{4}#update-`));
      expect(entry.html, entry.title).toMatch(/Sources:<\/p><ul><li><a href="https?:\/\/[^"]+">/);
    }
    const tiktok = await feeds.issueFeed("tiktok", format);
    const issueEntries = feedEntries(format, tiktok!.body);
    expect(issueEntries.length).toBeGreaterThan(0);
    expect(issueEntries.length).toBeLessThan(entries.length);
    expect(issueEntries.every((e) => e.labels.includes("TikTok"))).toBe(true);
    expect(await feeds.issueFeed("no-such-issue", format)).toBeNull();
  });

  it("are served with their own type and address, ETag and Last-Modified, and 304 for an unchanged copy", async () => {
    const path = `/${FEED_FILES[format]}`;
    const first = await feedRoutes[format].site.GET(new Request(`${ORIGIN}${path}`));
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Type")).toBe(`${CONTENT_TYPES[format]}; charset=utf-8`);
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(feedSelf(format, await first.text())).toBe(`${ORIGIN}${path}`);
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    const again = await feedRoutes[format].site.GET(
      new Request(`${ORIGIN}${path}`, { headers: { "If-None-Match": etag } }),
    );
    expect(again.status).toBe(304);

    const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
    const issuePath = `/issues/tiktok/${FEED_FILES[format]}`;
    const issue = await feedRoutes[format].issue.GET(new Request(`${ORIGIN}${issuePath}`), params("tiktok"));
    expect(issue.status).toBe(200);
    expect(issue.headers.get("Content-Type")).toBe(`${CONTENT_TYPES[format]}; charset=utf-8`);
    expect(feedSelf(format, await issue.text())).toBe(`${ORIGIN}${issuePath}`);
    const unchanged = await feedRoutes[format].issue.GET(
      new Request(`${ORIGIN}${issuePath}`, { headers: { "If-Modified-Since": issue.headers.get("Last-Modified")! } }),
      params("tiktok"),
    );
    expect(unchanged.status).toBe(304);
    const missing = await feedRoutes[format].issue.GET(
      new Request(`${ORIGIN}/issues/atlantis/${FEED_FILES[format]}`),
      params("atlantis"),
    );
    expect(missing.status).toBe(404);
  });
});

describe("hostile text in the feeds", () => {
  const TITLE = `Tariffs <script>alert("x")</script> & "more" ]]> again ]]>`;
  const ISSUE_TITLE = "Chips <b>probes</b> & more";
  const SOURCE = {
    url: "https://hostile.example/report?a=1&b=<2>",
    title: `Report <script>alert(1)</script> & co`,
    publisher: `Wire "&" <i>`,
  };

  beforeAll(async () => {
    const source = await db.prisma.source.create({ data: SOURCE });
    await db.prisma.issue.create({
      data: {
        slug: "hostile-issue",
        title: ISSUE_TITLE,
        summary: "Summary <script>alert(2)</script> & co",
        status: "OPEN",
      },
    });
    await db.prisma.update.create({
      data: {
        slug: "hostile-update",
        kind: "STATEMENT",
        title: TITLE,
        body: `Body <script>alert(3)</script> & **bold** ]]> [link](javascript:alert(4))`,
        occurredAt: new Date("2026-12-01T12:00:00Z"),
        timeZone: "UTC",
        publishedAt: new Date("2026-12-01T12:00:00Z"),
        issues: { connect: { slug: "hostile-issue" } },
        sources: { connect: { id: source.id } },
      },
    });
  });

  it.each(FEED_FORMAT_NAMES)(
    "reach %s readers as the text that was typed, with no markup of their own",
    async (format) => {
      for (const document of [await feeds.siteFeed(format), await feeds.issueFeed("hostile-issue", format)]) {
        const entry = feedEntries(format, document!.body).find((e) => e.url.endsWith("#update-hostile-update"));
        expect(entry?.title).toBe(TITLE);
        // Atom keeps a label holding `<` out of its attribute; the issue's slug still names it.
        expect(entry?.labels).toContain(format === "atom" ? "hostile-issue" : ISSUE_TITLE);
        // The entry's HTML as written: JSON's content_html, or the CDATA in the XML (a feed parser's
        // `content` has its entities decoded, escaped text included).
        const html = format === "json" ? entry!.html : document!.body;
        expect(html).toContain("<strong>bold</strong>");
        expect(html).toContain("Body &lt;script&gt;alert(3)&lt;/script&gt; &amp;");
        expect(html).toContain("Report &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        expect(html).toContain('href="https://hostile.example/report?a=1&amp;b=&lt;2&gt;"');
        expect(html).not.toMatch(/<script|<b>|<i>|javascript:/);
        if (format !== "json")
          expect(document!.body, "a `<` inside an attribute value").not.toMatch(/\s[\w:-]+="[^"]*</);
      }
    },
  );
});

describe("the calendars", () => {
  it("make each deadline chain one event: TikTok's has SEQUENCE 5 and its latest date", async () => {
    const events = parseCalendar((await calendars.siteCalendar()).ics);
    const chains = await db.prisma.deadline.count({ where: { supersedesId: null } });
    const rounds = await db.prisma.round.count({ where: { publishedAt: { not: null } } });
    expect(events).toHaveLength(chains + rounds);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const root = await db.prisma.deadline.findUniqueOrThrow({ where: { slug: "tiktok-divestiture-2025-01-19" } });
    const tiktok = events.find((e) => e.uid.startsWith(`deadline-chain-${root.id}@`));
    expect(tiktok?.sequence).toBe(5);
    expect(tiktok?.startDate.toString()).toBe("2026-01-23");
    expect(tiktok?.startDate.isDate).toBe(true);
    expect(tiktok?.endDate.toString()).toBe("2026-01-24");
  });

  it("make each day-precision deadline an all-day event that ends the next day", async () => {
    const ics = (await calendars.siteCalendar()).ics;
    const allDay = parseCalendar(ics).filter((e) => e.uid.startsWith("deadline-chain-") && e.startDate.isDate);
    expect(allDay.length).toBeGreaterThan(5);
    for (const event of allDay) expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(24 * 60 * 60);
    expect(ics).toContain("\r\nDTSTART;VALUE=DATE:20260123\r\nDTEND;VALUE=DATE:20260124\r\n");
  });

  it("give each published round its id as UID, its version as SEQUENCE, and its local days or its zone", async () => {
    const events = parseCalendar((await calendars.siteCalendar()).ics);
    const rounds = await db.prisma.round.findMany({ where: { publishedAt: { not: null } } });
    expect(rounds.length).toBeGreaterThan(3);
    for (const round of rounds) {
      const event = events.find((e) => e.uid === `round-${round.id}@parley.example`);
      expect(event?.summary).toBe(round.title);
      expect(event?.sequence).toBe(round.version);
      if (round.timePrecision === "DAY") {
        expect([event?.startDate.isDate, event?.startDate.toString(), event?.endDate.toString()]).toEqual([
          true,
          localDate(round.startsAt, round.timeZone),
          localDate(round.endsAt, round.timeZone),
        ]);
      } else {
        expect(event?.startDate.zone?.tzid).toBe(round.timeZone);
        expect(event?.startDate.toJSDate().getTime()).toBe(round.startsAt.getTime());
      }
    }
  });

  it("carry a VTIMEZONE for every zone a time is written in, and for no other", async () => {
    const ics = (await calendars.siteCalendar()).ics;
    const written = new Set([...ics.replaceAll("\r\n ", "").matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    const zones = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vtimezone");
    expect(zones.map((z) => z.getFirstPropertyValue("tzid")).sort()).toEqual([...written].sort());
    expect(written).toContain("America/New_York");
    // New York's VTIMEZONE has its daylight-saving changes: EST in winter, EDT in summer.
    const newYork = new ICAL.Timezone(zones.find((z) => z.getFirstPropertyValue("tzid") === "America/New_York")!);
    const offsetHours = (local: string) => newYork.utcOffset(ICAL.Time.fromDateTimeString(local)) / 3600;
    expect([offsetHours("2026-01-15T12:00:00"), offsetHours("2026-07-15T12:00:00")]).toEqual([-5, -4]);
  });

  it("are served with an ETag and Last-Modified, answering 304 to either", async () => {
    const first = await siteCalendarRoute.GET(new Request(`${ORIGIN}/calendar.ics`));
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^W\/"/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();
    expect(await first.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(
      (await siteCalendarRoute.GET(new Request(`${ORIGIN}/calendar.ics`, { headers: { "If-None-Match": etag } })))
        .status,
    ).toBe(304);
    expect(
      (
        await siteCalendarRoute.GET(
          new Request(`${ORIGIN}/calendar.ics`, { headers: { "If-Modified-Since": lastModified } }),
        )
      ).status,
    ).toBe(304);
    const issue = (slug: string) =>
      issueCalendarRoute.GET(new Request(`${ORIGIN}/issues/${slug}/calendar.ics`), {
        params: Promise.resolve({ slug }),
      });
    expect((await issue("tiktok")).headers.get("ETag")).not.toBe(etag);
    expect((await issue("no-such-issue")).status).toBe(404);
  });

  it("keeps a minute-precision deadline in its official zone", async () => {
    const events = parseCalendar((await calendars.siteCalendar()).ics);
    const china = events.find((e) => e.summary === "End of China's matching 24-point suspension");
    expect(china?.startDate.zone?.tzid).toBe("Asia/Shanghai");
    expect(china?.startDate.toString()).toBe("2026-11-10T13:01:00");
    expect(china?.startDate.toJSDate().toISOString()).toBe("2026-11-10T05:01:00.000Z");
    expect(china?.sequence).toBe(2);
  });

  it("has a calendar per issue with its deadlines and the rounds where it was discussed", async () => {
    const events = parseCalendar((await calendars.issueCalendar("tiktok"))!.ics);
    expect(events.filter((e) => e.uid.startsWith("deadline-chain-"))).toHaveLength(1);
    expect(events.map((e) => e.summary)).toContain("Madrid talks");
    expect(await calendars.issueCalendar("no-such-issue")).toBeNull();
  });
});

describe("the CSV downloads", () => {
  it("have a header, one record per deadline and the sources of each", async () => {
    const [header, ...rows] = parseCsv((await downloads.deadlinesCsv()).csv);
    expect(header).toContain("source_urls");
    expect(rows).toHaveLength(await db.prisma.deadline.count());
    const urls = header!.indexOf("source_urls");
    expect(rows.every((row) => row.length === header!.length && row[urls]!.startsWith("https://"))).toBe(true);
    const tiktok = rows.find((row) => row[0] === "tiktok-divestiture-2025-06-19");
    expect(tiktok?.[header!.indexOf("chain_root")]).toBe("tiktok-divestiture-2025-01-19");
  });

  it("quote text with commas and quotes so it reads back unchanged", async () => {
    const [header, ...rows] = parseCsv((await downloads.timelineCsv()).csv);
    const text = header!.indexOf("text");
    const madrid = rows.find((row) => row[1] === "madrid-2025-09");
    const stored = await db.prisma.round.findUniqueOrThrow({ where: { slug: "madrid-2025-09" } });
    expect(madrid?.[text]).toBe(stored.summary);
    expect(rows).toHaveLength(
      (await db.prisma.round.count({ where: { publishedAt: { not: null } } })) +
        (await db.prisma.update.count({ where: { publishedAt: { not: null } } })),
    );
  });

  it("give each tariff change its headline after", async () => {
    const [header, ...rows] = parseCsv((await downloads.tariffChangesCsv()).csv);
    expect(rows).toHaveLength(await db.prisma.tariffChange.count());
    const after = header!.indexOf("headline_after");
    expect(rows.map((row) => Number(row[after]))).toContain(145);
  });
});

describe("drafts and changes", () => {
  it("never show a draft round or update, nor a source only a draft cites", async () => {
    const source = await db.prisma.source.create({
      data: { url: "https://draft.example/only", publisher: "Draft", title: "Cited only by a draft" },
    });
    await db.prisma.round.create({
      data: {
        slug: "draft-round-2027-01",
        kind: "NEGOTIATION_ROUND",
        title: "Draft round",
        startsAt: new Date("2027-01-10T00:00:00Z"),
        endsAt: new Date("2027-01-11T00:00:00Z"),
        timeZone: "Europe/Zurich",
        status: "SCHEDULED",
        summary: "Not yet published.",
        sources: { connect: { id: source.id } },
      },
    });
    await db.prisma.update.create({
      data: {
        slug: "draft-update",
        kind: "STATEMENT",
        title: "Draft update",
        body: "Not yet published.",
        occurredAt: new Date("2026-11-20T00:00:00Z"),
        timeZone: "UTC",
        issues: { connect: { slug: "tiktok" } },
        sources: { connect: { id: source.id } },
      },
    });
    expect(await api.findRound("draft-round-2027-01")).toBeNull();
    expect((await api.listRounds(firstPage())).items.map((r) => r.slug)).not.toContain("draft-round-2027-01");
    expect(await api.findUpdate("draft-update")).toBeNull();
    expect((await api.listSources(firstPage())).items.map((s) => s.url)).not.toContain("https://draft.example/only");
    for (const format of FEED_FORMAT_NAMES) {
      for (const document of [await feeds.siteFeed(format), await feeds.issueFeed("tiktok", format)]) {
        expect(document!.body, format).toContain("Sources:");
        expect(document!.body, format).not.toContain("Draft update");
        expect(document!.body, format).not.toContain("draft.example");
      }
    }
    expect((await calendars.siteCalendar()).ics).not.toContain("Draft round");
    expect((await downloads.timelineCsv()).csv).not.toContain("draft-round-2027-01");
  });

  it("move a deadline's event when it is extended: same UID, SEQUENCE up by one, the new date", async () => {
    const root = await db.prisma.deadline.findUniqueOrThrow({
      where: { slug: "china-notice-46-suspension-2026-11-27" },
    });
    const uid = `deadline-chain-${root.id}@parley.example`;
    const before = parseCalendar((await calendars.siteCalendar()).ics).find((e) => e.uid === uid);
    expect(before?.sequence).toBe(0);
    await db.prisma.deadline.update({ where: { id: root.id }, data: { status: "EXTENDED" } });
    await db.prisma.deadline.create({
      data: {
        slug: "china-notice-46-suspension-2027-11-27",
        title: root.title,
        dueAt: new Date("2027-11-26T16:00:00Z"),
        timeZone: "Asia/Shanghai",
        timePrecision: "DAY",
        status: "UPCOMING",
        supersedesId: root.id,
        chainRootId: root.id,
      },
    });
    const after = parseCalendar((await calendars.siteCalendar()).ics).filter((e) => e.uid === uid);
    expect(after).toHaveLength(1);
    expect(after[0]?.sequence).toBe(1);
    expect(after[0]?.startDate.toString()).toBe("2027-11-27");
    expect(after[0]?.component.getFirstPropertyValue("url")).toBe(
      `${ORIGIN}/deadlines/china-notice-46-suspension-2027-11-27`,
    );
  });
});

describe("hostile text", () => {
  it("stays text in the calendars: read back as written, with no event or property injected", async () => {
    const title = 'Talks, "round" 2; <script>alert(1)</script>\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example';
    const issueTitle = "Chips, rare earths; <b>all</b>\nX-EVIL:1";
    const issue = await db.prisma.issue.create({
      data: { slug: "hostile-calendar-issue", title: issueTitle, summary: "Hostile.", status: "OPEN" },
    });
    const round = await db.prisma.round.create({
      data: {
        slug: "hostile-calendar-round-2027-02",
        kind: "NEGOTIATION_ROUND",
        title,
        venue: "Hall A; Wing B",
        city: "Geneva, Switzerland",
        startsAt: new Date("2027-02-01T09:00:00Z"),
        endsAt: new Date("2027-02-01T17:00:00Z"),
        timeZone: "Europe/Zurich",
        timePrecision: "MINUTE",
        status: "SCHEDULED",
        summary: "First line\r\nSecond line, with a comma; a semicolon and a backslash \\.",
        publishedAt: new Date("2026-12-01T00:00:00Z"),
        issues: { connect: { id: issue.id } },
      },
    });
    const ics = (await calendars.issueCalendar("hostile-calendar-issue"))!.ics;
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.hasProperty("x-evil")).toBe(false);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(
      "Parley: Chips\\, rare earths\\; <b>all</b>\\nX-EVIL:1",
    );
    const events = parseCalendar(ics);
    expect(events.map((e) => e.uid)).toEqual([`round-${round.id}@parley.example`]);
    expect(events[0]?.summary).toBe(title);
    expect(events[0]?.description).toContain("First line\nSecond line, with a comma; a semicolon and a backslash \\.");
    expect(events[0]?.location).toBe("Hall A; Wing B, Geneva, Switzerland");
    expect(events[0]?.startDate.toString()).toBe("2027-02-01T10:00:00");
  });
});
