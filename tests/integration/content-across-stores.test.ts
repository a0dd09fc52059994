// Moving a site between SQLite and PostgreSQL with db:export and db:import (issue 12): the export
// is the same bytes from either store, and the site reads the same through Prisma afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { exportContent, importContent, serializeContent, type ContentExport } from "@/lib/backup/content-json";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { withPgClient } from "@/lib/store/postgresql";
import { startThrowawayPostgresql, type ThrowawayPostgresql } from "@/lib/store/throwaway-postgresql";
import { seedIfEmpty, seedIfEmptyAt } from "@/prisma/seed/seed";

// Not UTC, as a server may not be: PostgreSQL's timestamps without time zone must still be read as UTC.
process.env.TZ = "America/New_York";

let cluster: ThrowawayPostgresql;
let seededSqlite: FreshDatabase;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  [cluster, seededSqlite] = await Promise.all([startThrowawayPostgresql({ fast: true }), freshDatabase()]);
  await seedIfEmpty(seededSqlite.prisma);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await seededSqlite?.cleanup();
  await cluster?.stop();
});

let databases = 0;
/** A new, migrated, empty PostgreSQL database on the test's cluster. */
async function freshPostgresql(): Promise<string> {
  const url = cluster.url(`moved_${++databases}`);
  await applyMigrations(url);
  return url;
}

async function freshSqlite(): Promise<string> {
  const db = await freshDatabase();
  await db.prisma.$disconnect();
  cleanups.push(db.cleanup);
  return db.url;
}

function client(url: string): PrismaClient {
  const prisma = createPrismaClient(url);
  cleanups.push(() => prisma.$disconnect());
  return prisma;
}

/** What a reader of the site sees, in one comparable object. */
async function siteContent(prisma: PrismaClient) {
  const counts = Object.fromEntries(
    await Promise.all(
      (
        [
          "source",
          "round",
          "participant",
          "participation",
          "issue",
          "issueStatusChange",
          "deadline",
          "tariffChange",
          "update",
          "expectation",
          "user",
          "account",
          "auditEvent",
        ] as const
      ).map(async (model) => [model, await (prisma[model] as { count(): Promise<number> }).count()]),
    ),
  );
  const madrid = await prisma.round.findUniqueOrThrow({
    where: { slug: "madrid-2025-09" },
    include: { sources: { orderBy: { id: "asc" } }, participations: { orderBy: { participantId: "asc" } } },
  });
  const chain = await prisma.deadline.findMany({
    where: { chainRoot: { slug: "tiktok-divestiture-2025-01-19" } },
    orderBy: { dueAt: "asc" },
    select: { slug: true, dueAt: true, supersedesId: true, unverified: true, status: true },
  });
  const tariffs = await prisma.tariffChange.findMany({ orderBy: { id: "asc" } });
  return { counts, madrid, chain, tariffs };
}

/** Every table's rows in reverse: the import must not rely on the file's order. */
function reversed(data: ContentExport): ContentExport {
  const tables = Object.fromEntries(
    Object.entries(data.tables).map(([name, t]) => [name, { ...t, rows: [...t.rows].reverse() }]),
  );
  return { ...data, tables: Object.fromEntries(Object.entries(tables).reverse()) };
}

describe("moving a site from SQLite to PostgreSQL", () => {
  it("exports the same bytes from PostgreSQL after the import, and the site reads the same", async () => {
    const started = performance.now();
    const fromSqlite = serializeContent(await exportContent(seededSqlite.url));
    const target = await freshPostgresql();
    await importContent(target, JSON.parse(fromSqlite) as ContentExport);
    expect(serializeContent(await exportContent(target))).toBe(fromSqlite);
    console.log(`SQLite → PostgreSQL round trip: ${Math.round(performance.now() - started)} ms`);

    const moved = client(target);
    const [before, after] = await Promise.all([siteContent(seededSqlite.prisma), siteContent(moved)]);
    expect(after).toEqual(before);
    expect(after.counts).toMatchObject({ source: 83, round: 18, deadline: 24 });
    expect(after.madrid.sources.map((s) => s.publisher).sort()).toEqual([
      "The Olive Press",
      "The Spokesman-Review",
      "Zee News",
    ]);
    expect(after.chain).toHaveLength(6);

    // Rebuilt by the search index's triggers as the rows arrived.
    const indexed = await withPgClient(target, async (pg) => {
      const { rows } = await pg.query<{ slug: string }>(
        `SELECT slug FROM "SearchIndex" WHERE document @@ plainto_tsquery('english', 'Palacio') ORDER BY slug`,
      );
      return rows.map((r) => r.slug);
    });
    expect(indexed).toContain("madrid-2025-09");
  });

  it("gives new rows fresh ids after the import (every sequence moved past the imported ids)", async () => {
    const data = await exportContent(seededSqlite.url);
    const target = await freshPostgresql();
    await importContent(target, data);
    const prisma = client(target);
    const maxId = (table: string) => Math.max(...data.tables[table]!.rows.map((row) => row[0] as number));
    const source = await prisma.source.create({
      data: { url: "https://example.org/after-the-move", publisher: "Example", title: "After the move" },
    });
    expect(source.id).toBe(maxId("Source") + 1);
    const update = await prisma.update.create({
      data: {
        slug: "after-the-move",
        kind: "REPORT",
        title: "Moved",
        body: "…",
        occurredAt: new Date(),
        timeZone: "UTC",
      },
    });
    expect(update.id).toBe(maxId("Update") + 1);
    expect((await prisma.deadline.create({ data: deadlineAfterTheMove() })).id).toBe(maxId("Deadline") + 1);
  });

  it("does not depend on the order of rows in the file (extensions listed before what they extend)", async () => {
    const data = await exportContent(seededSqlite.url);
    for (const target of [await freshPostgresql(), await freshSqlite()]) {
      await importContent(target, reversed(data));
      expect(serializeContent(await exportContent(target))).toBe(serializeContent(data));
    }
  });
});

describe("moving a site from PostgreSQL to SQLite", () => {
  it("exports the same bytes from SQLite after the import, and the site reads the same", async () => {
    const source = await freshPostgresql();
    await seedIfEmptyAt(source);
    const fromPostgresql = serializeContent(await exportContent(source));
    const target = await freshSqlite();
    await importContent(target, reversed(JSON.parse(fromPostgresql) as ContentExport));
    expect(serializeContent(await exportContent(target))).toBe(fromPostgresql);

    const moved = client(target);
    const [before, after] = await Promise.all([siteContent(client(source)), siteContent(moved)]);
    expect(after).toEqual(before);
    const data = JSON.parse(fromPostgresql) as ContentExport;
    const maxDeadline = Math.max(...data.tables.Deadline!.rows.map((row) => row[0] as number));
    expect((await moved.deadline.create({ data: deadlineAfterTheMove() })).id).toBe(maxDeadline + 1);
  });
});

describe("an import that does not fit", () => {
  it("refuses a database that holds content, writing nothing", async () => {
    const target = await freshPostgresql();
    await seedIfEmptyAt(target);
    const before = serializeContent(await exportContent(target));
    await expect(importContent(target, await exportContent(seededSqlite.url))).rejects.toThrow(
      /already holds content \(.*Round.*\); import into an empty one/,
    );
    expect(serializeContent(await exportContent(target))).toBe(before);
  });

  it("refuses an export of another schema, naming what differs, writing nothing", async () => {
    const data = await exportContent(seededSqlite.url);
    const deadlines = data.tables.Deadline!;
    const kind = deadlines.columns.indexOf("kind");
    const older: ContentExport = {
      ...data,
      schema: "sha256:0123456789abcdef",
      tables: {
        ...data.tables,
        Deadline: {
          columns: deadlines.columns.filter((_, i) => i !== kind),
          rows: deadlines.rows.map((row) => row.filter((_, i) => i !== kind)),
        },
      },
    };
    for (const target of [await freshPostgresql(), await freshSqlite()]) {
      const empty = serializeContent(await exportContent(target));
      await expect(importContent(target, older)).rejects.toThrow(
        "The export is of another schema (sha256:0123456789abcdef) than this database's " +
          `(${data.schema}): Deadline.kind is only in this database.`,
      );
      expect(serializeContent(await exportContent(target))).toBe(empty);
    }
  });

  it("imports all or nothing: a broken reference in the last table leaves the database empty", async () => {
    const data = await exportContent(seededSqlite.url);
    const broken: ContentExport = {
      ...data,
      tables: { ...data.tables, _SourceToUpdate: { columns: ["A", "B"], rows: [[999_999, 1]] } },
    };
    for (const target of [await freshPostgresql(), await freshSqlite()]) {
      const empty = serializeContent(await exportContent(target));
      await expect(importContent(target, broken)).rejects.toThrow(/foreign key/i);
      expect(serializeContent(await exportContent(target))).toBe(empty);
    }
  });
});

function deadlineAfterTheMove() {
  return {
    slug: "after-the-move",
    title: "After the move",
    dueAt: new Date("2030-01-01T00:00:00Z"),
    timeZone: "UTC",
    status: "UPCOMING" as const,
  };
}
