import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { seedIfEmpty, seedIfEmptyAt, type SeedResult } from "@/prisma/seed/seed";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";

const TIKTOK_CHAIN = [
  "tiktok-divestiture-2025-01-19",
  "tiktok-divestiture-2025-04-05",
  "tiktok-divestiture-2025-06-19",
  "tiktok-divestiture-2025-09-17",
  "tiktok-divestiture-2025-12-16",
  "tiktok-divestiture-2026-01-23",
];

describe("seeding an empty database", () => {
  let db: FreshDatabase;
  let result: SeedResult;

  beforeAll(async () => {
    db = await freshDatabase();
    result = await seedIfEmpty(db.prisma);
  });
  afterAll(() => db.cleanup());

  it("inserts every record and reports what it inserted", async () => {
    const { prisma } = db;
    expect(result.seeded).toBe(true);
    expect(result.counts).toEqual({
      sources: 83,
      participants: 12,
      issues: 9,
      issueStatusChanges: 21,
      rounds: 18,
      participations: 56,
      deadlines: 24,
      tariffChanges: 17,
      updates: 42,
      expectations: 4,
    });
    expect({
      sources: await prisma.source.count(),
      participants: await prisma.participant.count(),
      issues: await prisma.issue.count(),
      issueStatusChanges: await prisma.issueStatusChange.count(),
      rounds: await prisma.round.count(),
      participations: await prisma.participation.count(),
      deadlines: await prisma.deadline.count(),
      tariffChanges: await prisma.tariffChange.count(),
      updates: await prisma.update.count(),
      expectations: await prisma.expectation.count(),
    }).toEqual(result.counts);
  });

  it("inserts nothing the second time, through a client of its own", async () => {
    const again = await seedIfEmptyAt(db.url);
    expect(again.seeded).toBe(false);
    expect(Object.values(again.counts).every((rows) => rows === 0)).toBe(true);
    expect(await db.prisma.deadline.count()).toBe(24);
    expect(await db.prisma.source.count()).toBe(83);
  });

  it("links every fact-bearing record to its sources", async () => {
    const { prisma } = db;
    const madrid = await prisma.round.findUniqueOrThrow({
      where: { slug: "madrid-2025-09" },
      include: { sources: true, expectations: { include: { sources: true } }, participations: true },
    });
    expect(madrid.sources.map((s) => s.publisher).sort()).toEqual([
      "The Olive Press",
      "The Spokesman-Review",
      "Zee News",
    ]);
    expect(madrid.expectations).toHaveLength(4);
    expect(madrid.expectations.every((e) => e.sources.length > 0)).toBe(true);
    expect(madrid.participations).toHaveLength(4);

    const unsourced = await Promise.all([
      prisma.round.count({ where: { sources: { none: {} } } }),
      prisma.participant.count({ where: { sources: { none: {} } } }),
      prisma.issue.count({ where: { sources: { none: {} } } }),
      prisma.issueStatusChange.count({ where: { sources: { none: {} } } }),
      prisma.deadline.count({ where: { sources: { none: {} } } }),
      prisma.tariffChange.count({ where: { sources: { none: {} } } }),
      prisma.update.count({ where: { sources: { none: {} } } }),
      prisma.expectation.count({ where: { sources: { none: {} } } }),
    ]);
    expect(unsourced).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("gathers the TikTok chain by its root's id, root included, in order", async () => {
    const { prisma } = db;
    const root = await prisma.deadline.findUniqueOrThrow({ where: { slug: TIKTOK_CHAIN[0] } });
    expect(root.chainRootId).toBe(root.id);
    expect(root.supersedesId).toBeNull();

    const chain = await prisma.deadline.findMany({ where: { chainRootId: root.id }, orderBy: { dueAt: "asc" } });
    expect(chain.map((d) => d.slug)).toEqual(TIKTOK_CHAIN);
    chain.slice(1).forEach((deadline, index) => expect(deadline.supersedesId).toBe(chain[index]!.id));
    expect(chain.at(-1)?.status).toBe("MET");
  });

  it("makes every deadline the member of exactly one chain", async () => {
    const deadlines = await db.prisma.deadline.findMany({
      select: { id: true, chainRootId: true, supersedesId: true },
    });
    const roots = deadlines.filter((d) => d.supersedesId === null);
    expect(roots.every((d) => d.chainRootId === d.id)).toBe(true);
    expect(deadlines.every((d) => roots.some((root) => root.id === d.chainRootId))).toBe(true);
  });

  it("stores instants in UTC and keeps the zone they were set in", async () => {
    const china = await db.prisma.deadline.findUniqueOrThrow({
      where: { slug: "china-reciprocal-suspension-2026-11-10" },
    });
    expect(china.dueAt.toISOString()).toBe("2026-11-10T05:01:00.000Z");
    expect(china.timeZone).toBe("Asia/Shanghai");
    expect(china.timePrecision).toBe("MINUTE");

    const busan = await db.prisma.round.findUniqueOrThrow({ where: { slug: "busan-2025-10" } });
    expect([busan.startsAt.toISOString(), busan.endsAt.toISOString()]).toEqual([
      "2025-10-29T15:00:00.000Z",
      "2025-10-30T15:00:00.000Z",
    ]);
  });

  it("keeps issue status and history in step", async () => {
    const issues = await db.prisma.issue.findMany({ include: { statusChanges: { orderBy: { changedAt: "asc" } } } });
    for (const issue of issues) expect(issue.statusChanges.at(-1)?.toStatus, issue.slug).toBe(issue.status);
  });
});

describe("seeding a database that is not empty", () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.cleanup());

  it("leaves it untouched when it holds even one source", async () => {
    await db.prisma.source.create({
      data: { url: "https://example.org/editor-added", publisher: "Example", title: "Added by an editor" },
    });
    const result = await seedIfEmpty(db.prisma);
    expect(result.seeded).toBe(false);
    expect(await db.prisma.source.count()).toBe(1);
    expect(await db.prisma.round.count()).toBe(0);
  });
});

describe("a seed that fails part-way", () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.cleanup());

  it("writes nothing at all", async () => {
    const broken = { ...seedData, updates: [{ ...seedData.updates[0]!, round: "no-such-round" }] };
    await expect(seedIfEmpty(db.prisma, broken)).rejects.toThrow();
    expect(await db.prisma.source.count()).toBe(0);
    expect(await db.prisma.round.count()).toBe(0);
    expect(await db.prisma.deadline.count()).toBe(0);
  });
});
