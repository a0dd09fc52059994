import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { featuredDeadlines } from "@/lib/domain/deadline-status";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";

const NOW = Date.parse("2026-11-21T12:00:00Z");
let db: FreshDatabase;
let queries: {
  rounds: typeof import("@/lib/queries/rounds");
  timeline: typeof import("@/lib/queries/timeline");
  deadlines: typeof import("@/lib/queries/deadlines");
  issues: typeof import("@/lib/queries/issues");
  participants: typeof import("@/lib/queries/participants");
  updates: typeof import("@/lib/queries/updates");
};

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  // lib/db.ts opens DATABASE_URL when first imported, so point it at this file's database first.
  process.env.DATABASE_URL = db.url;
  queries = {
    rounds: await import("@/lib/queries/rounds"),
    timeline: await import("@/lib/queries/timeline"),
    deadlines: await import("@/lib/queries/deadlines"),
    issues: await import("@/lib/queries/issues"),
    participants: await import("@/lib/queries/participants"),
    updates: await import("@/lib/queries/updates"),
  };
});

afterAll(async () => {
  await db.cleanup();
});

describe("deadlines", () => {
  it("features the next open deadline: China's Notice 46 suspension, due 27 Nov 2026 in Beijing", async () => {
    const [next] = featuredDeadlines(await queries.deadlines.listOpenDeadlines(), NOW);
    expect(next?.slug).toBe("china-notice-46-suspension-2026-11-27");
    expect(next?.timeZone).toBe("Asia/Shanghai");
  });

  it("returns a deadline with its whole chain, first date first, from any link", async () => {
    const found = await queries.deadlines.getDeadlineWithChain("tiktok-divestiture-2025-06-19");
    expect(found?.chain.map((d) => d.slug)).toEqual([
      "tiktok-divestiture-2025-01-19",
      "tiktok-divestiture-2025-04-05",
      "tiktok-divestiture-2025-06-19",
      "tiktok-divestiture-2025-09-17",
      "tiktok-divestiture-2025-12-16",
      "tiktok-divestiture-2026-01-23",
    ]);
    expect(found?.current.slug).toBe("tiktok-divestiture-2025-06-19");
    expect(found?.chain.at(-1)?.status).toBe("MET");
    expect(found?.chain.every((d) => d.sources.length > 0)).toBe(true);
    expect(await queries.deadlines.getDeadlineWithChain("no-such-deadline")).toBeNull();
  });

  it("lists each deadline with the one that superseded it", async () => {
    const all = await queries.deadlines.listDeadlines();
    const first = all.find((d) => d.slug === "tiktok-divestiture-2025-01-19");
    expect(first?.supersededBy?.setBy).toMatch(/14166/);
  });
});

describe("rounds", () => {
  it("returns a round with both delegations, issues, expectations and sources", async () => {
    const madrid = await queries.rounds.getRound("madrid-2025-09");
    expect(madrid?.venue).toBe("Palacio de Santa Cruz");
    const sides = new Set(madrid?.participations.map((p) => p.participant.side));
    expect(sides).toEqual(new Set(["UNITED_STATES", "CHINA"]));
    expect(madrid?.expectations).toHaveLength(4);
    expect(madrid?.expectations.every((e) => e.sources.length > 0)).toBe(true);
    expect(madrid?.issues.map((i) => i.slug)).toEqual([
      "tariffs",
      "rare-earths",
      "export-controls",
      "tiktok",
      "agriculture",
    ]);
    expect(madrid?.sources.length).toBeGreaterThan(0);
    expect(await queries.rounds.getRound("atlantis-2031-01")).toBeNull();
  });

  it("finds the latest round that took place, skipping the postponed one, and the G20 summit as the next", async () => {
    const { latest, next } = await queries.rounds.latestAndNextRound();
    expect(latest?.slug).toBe("beijing-2026-05");
    expect(next?.slug).toBe("g20-miami-2026-12");
    expect(next?.status).toBe("SCHEDULED");
  });
});

describe("the timeline", () => {
  const page = (filters: Record<string, unknown>) => queries.timeline.timelinePage({ page: 1, ...filters });

  it("lists rounds and updates together, newest first", async () => {
    const { entries, total } = await page({});
    expect(entries).toHaveLength(Math.min(total, queries.timeline.TIMELINE_PAGE_SIZE));
    const times = entries.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(entries.map((e) => e.type))).toEqual(new Set(["round", "update"]));
  });

  it("filters by issue", async () => {
    const { entries } = await page({ issue: "tiktok" });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.issues.some((i) => i.slug === "tiktok"))).toBe(true);
    expect(entries.some((e) => e.slug === "madrid-2025-09")).toBe(true);
  });

  it("filters by participant, kind and year", async () => {
    const byLiao = await page({ participant: "liao-min" });
    expect(byLiao.entries.filter((e) => e.type === "round").map((e) => e.slug)).toEqual(["kuala-lumpur-2025-10"]);
    const calls = await page({ kind: "call" });
    expect(calls.entries.length).toBe(6);
    expect(calls.entries.every((e) => e.kind === "PHONE_CALL" || e.kind === "VIDEO_CALL")).toBe(true);
    const in2024 = await page({ year: 2024 });
    expect(in2024.entries.length).toBeGreaterThan(0);
    expect(in2024.entries.every((e) => e.at.getUTCFullYear() === 2024)).toBe(true);
  });

  it("pages through a long timeline without losing or repeating entries", async () => {
    const issue = await db.prisma.issue.findUniqueOrThrow({ where: { slug: "port-fees" } });
    for (let i = 0; i < 55; i++) {
      await db.prisma.update.create({
        data: {
          slug: `bulk-${i}`,
          kind: "REPORT",
          title: `Bulk ${i}`,
          body: "Bulk entry for paging.",
          occurredAt: new Date(Date.UTC(2027, 0, 1 + i)),
          timeZone: "UTC",
          publishedAt: new Date(),
          issues: { connect: { id: issue.id } },
        },
      });
    }
    const pages = [];
    for (let n = 1; n <= 10; n++) {
      const shown = await page({ issue: "port-fees", page: n });
      pages.push(shown);
      if (!shown.hasMore) break;
    }
    const size = queries.timeline.TIMELINE_PAGE_SIZE;
    const total = pages[0]!.total;
    expect(total).toBeGreaterThan(2 * size);
    expect(pages).toHaveLength(Math.ceil(total / size));
    expect(pages.slice(0, -1).every((shown) => shown.entries.length === size && shown.hasMore)).toBe(true);
    const slugs = pages.flatMap((shown) => shown.entries).map((e) => `${e.type}:${e.slug}`);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBe(total);
  });

  it("offers only filter values that exist", async () => {
    const options = await queries.timeline.timelineFilterOptions();
    expect(options.issues.map((i) => i.slug)).toContain("tiktok");
    expect(options.participants.map((p) => p.slug)).toContain("liao-min");
    expect(options.years).toContain(2025);
  });

  it("lists a bounded number of people in the participant filter, however many there are", async () => {
    const round = await db.prisma.round.findFirstOrThrow({ where: { publishedAt: { not: null } } });
    for (let i = 0; i < 40; i++) {
      await db.prisma.participant.create({
        data: {
          slug: `delegate-${i}`,
          name: `Delegate ${i}`,
          office: "Delegate",
          side: "UNITED_STATES",
          participations: { create: { roundId: round.id, role: "DELEGATE" } },
        },
      });
    }
    const { participants } = await queries.timeline.timelineFilterOptions();
    expect(participants).toHaveLength(queries.timeline.FILTER_PARTICIPANTS);
    expect(participants.map((p) => p.slug)).toContain("scott-bessent");
    expect(await queries.timeline.filterParticipant("delegate-39")).toMatchObject({
      name: "Delegate 39",
      side: "UNITED_STATES",
    });
  });
});

describe("issues and participants", () => {
  it("gives each issue its status history, ending at its current status", async () => {
    const issues = await queries.issues.listIssues();
    expect(issues.length).toBeGreaterThanOrEqual(9);
    const tiktok = await queries.issues.getIssue("tiktok");
    expect(tiktok?.status).toBe("RESOLVED");
    expect(tiktok?.statusChanges.at(-1)?.toStatus).toBe("RESOLVED");
    expect(tiktok?.deadlines.length).toBe(6);
  });

  it("lists the rounds a participant attended, newest first", async () => {
    const he = await queries.participants.getParticipant("he-lifeng");
    const rounds = he?.participations.map((p) => p.round.slug) ?? [];
    expect(rounds).toContain("madrid-2025-09");
    const starts = he?.participations.map((p) => p.round.startsAt.getTime()) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it("shows only published updates", async () => {
    await db.prisma.update.create({
      data: {
        slug: "draft-1",
        kind: "STATEMENT",
        title: "A draft",
        body: "Not yet.",
        occurredAt: new Date("2030-01-01T00:00:00Z"),
        timeZone: "UTC",
      },
    });
    const latest = await queries.updates.latestUpdates(50);
    expect(latest.map((u) => u.slug)).not.toContain("draft-1");
  });

  it("never names a draft round, nor who sits in one, through a published update linked to it", async () => {
    const bessent = await db.prisma.participant.findUniqueOrThrow({ where: { slug: "scott-bessent" } });
    const draft = await db.prisma.round.create({
      data: {
        slug: "secret-talks-2030-01",
        kind: "NEGOTIATION_ROUND",
        title: "Secret talks",
        startsAt: new Date("2030-01-02T00:00:00Z"),
        endsAt: new Date("2030-01-02T00:00:00Z"),
        timeZone: "UTC",
        status: "SCHEDULED",
        summary: "Not yet announced.",
        participations: { create: { participantId: bessent.id, role: "LEAD" } },
      },
    });
    await db.prisma.update.create({
      data: {
        slug: "talks-to-continue-2030-01",
        kind: "STATEMENT",
        title: "Talks to continue",
        body: "Both sides say so.",
        occurredAt: new Date("2030-01-01T00:00:00Z"),
        timeZone: "UTC",
        publishedAt: new Date(),
        roundId: draft.id,
      },
    });
    const [latest] = await queries.updates.latestUpdates(1);
    expect(latest).toMatchObject({ slug: "talks-to-continue-2030-01", round: null });
    const timeline = await queries.timeline.timelinePage({ page: 1 });
    expect(timeline.entries.find((e) => e.slug === "talks-to-continue-2030-01")?.roundSlug).toBeNull();
    const byBessent = await queries.timeline.timelinePage({ page: 1, participant: "scott-bessent" });
    expect(byBessent.entries.map((e) => e.slug)).not.toContain("talks-to-continue-2030-01");
  });
});

describe("pages a round's save refreshes", () => {
  it("include every issue whose status history cites the round, not only the issues it lists", async () => {
    const { roundPageTags, roundSnapshot } = await import("@/lib/actions/round-records");
    const round = await db.prisma.round.findUniqueOrThrow({
      where: { slug: "geneva-2025-05" },
      include: { issues: { select: { slug: true } } },
    });
    const cited = await db.prisma.issue.findFirstOrThrow({
      where: { slug: { notIn: round.issues.map((i) => i.slug) } },
    });
    await db.prisma.issueStatusChange.create({
      data: {
        issueId: cited.id,
        toStatus: cited.status,
        changedAt: new Date("2025-05-12T12:00:00Z"),
        timeZone: "UTC",
        roundId: round.id,
        note: "Discussed in Geneva.",
      },
    });
    const { issueSlugs } = await roundPageTags(db.prisma, [await roundSnapshot(db.prisma, round.id)]);
    expect(issueSlugs.sort()).toEqual([...round.issues.map((i) => i.slug), cited.slug].sort());
  });
});
