import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedData } from "./data";
import { seedSources, sourceUrl, type SourceKey } from "./sources";
import type { SeedData, SeedDeadline } from "./types";

type Transaction = Prisma.TransactionClient;

export interface SeedResult {
  seeded: boolean;
  /** Rows inserted per table; all zero when the database already had data. */
  counts: Record<string, number>;
}

// Generous: a cold SQLite file on a slow CI disk; the seed itself takes well under a second.
const TRANSACTION_TIMEOUT_MS = 30_000;

/**
 * Fills an empty database with the sourced seed data, in one transaction.
 * A database that already holds any round, source or issue is left untouched.
 */
export async function seedIfEmpty(prisma: PrismaClient, data: SeedData = seedData): Promise<SeedResult> {
  const counts = countsOf(data);
  return prisma.$transaction(
    async (tx) => {
      // Checked inside the transaction, so two seeders started together cannot both insert.
      const existing = await Promise.all([tx.round.count(), tx.source.count(), tx.issue.count()]);
      if (existing.some((rows) => rows > 0)) {
        return { seeded: false, counts: Object.fromEntries(Object.keys(counts).map((table) => [table, 0])) };
      }
      await insertAll(tx, data);
      return { seeded: true, counts };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** `seedIfEmpty` for a database URL, with a client of its own. */
export async function seedIfEmptyAt(url: string): Promise<SeedResult> {
  const prisma = createPrismaClient(url);
  try {
    return await seedIfEmpty(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

function countsOf(data: SeedData): Record<string, number> {
  return {
    sources: seedSources.length,
    participants: data.participants.length,
    issues: data.issues.length,
    issueStatusChanges: data.issues.reduce((sum, issue) => sum + issue.history.length, 0),
    rounds: data.rounds.length,
    participations: data.rounds.reduce((sum, round) => sum + round.participants.length, 0),
    deadlines: data.deadlines.length,
    tariffChanges: data.tariffChanges.length,
    updates: data.updates.length,
    expectations: data.expectations.length,
  };
}

/**
 * Prisma's implicit many-to-many tables: `_<Model>To<Model>` with the two models in alphabetical
 * order, column A holding the first one's id. Prisma has no bulk insert for them, and linking row
 * by row (a lookup and an insert per link) made the seed take over a second.
 */
const SOURCE_LINK_TABLES = {
  participant: { table: "_ParticipantToSource", sourceColumn: "B" },
  issue: { table: "_IssueToSource", sourceColumn: "B" },
  round: { table: "_RoundToSource", sourceColumn: "B" },
  statusChange: { table: "_IssueStatusChangeToSource", sourceColumn: "B" },
  deadline: { table: "_DeadlineToSource", sourceColumn: "B" },
  tariffChange: { table: "_SourceToTariffChange", sourceColumn: "A" },
  update: { table: "_SourceToUpdate", sourceColumn: "A" },
  expectation: { table: "_ExpectationToSource", sourceColumn: "B" },
} as const;
const ISSUE_ROUND_TABLE = "_IssueToRound";
const ISSUE_UPDATE_TABLE = "_IssueToUpdate";

type CitingRecord = keyof typeof SOURCE_LINK_TABLES;
type Cite = (record: CitingRecord, recordId: number, keys: SourceKey[]) => void;

/** Ids by a unique name (slug or URL); a name that is not there is a broken reference. */
class IdsByName {
  private readonly ids = new Map<string, number>();
  constructor(private readonly what: string) {}

  add(rows: readonly { id: number; name: string }[]): this {
    for (const { id, name } of rows) this.ids.set(name, id);
    return this;
  }

  of(name: string): number {
    const id = this.ids.get(name);
    if (id === undefined) throw new Error(`Seed refers to an unknown ${this.what}: ${name}`);
    return id;
  }
}

async function insertAll(tx: Transaction, data: SeedData): Promise<void> {
  // Join-table rows as (A, B), gathered per table and inserted at the end.
  const links = new Map<string, [number, number][]>();
  const link = (table: string, a: number, b: number) => {
    const rows = links.get(table) ?? [];
    rows.push([a, b]);
    links.set(table, rows);
  };

  const sourceIds = new IdsByName("source").add(
    (
      await tx.source.createManyAndReturn({
        data: seedSources.map(({ url, publisher, title, ...source }) => ({
          url,
          publisher,
          title,
          // A publication date is a calendar date with no zone: stored as UTC midnight.
          publishedOn: "publishedOn" in source ? new Date(`${source.publishedOn}T00:00:00Z`) : undefined,
        })),
        select: { id: true, url: true },
      })
    ).map(({ id, url }) => ({ id, name: url })),
  );
  const cite: Cite = (record, recordId, keys) => {
    const { table, sourceColumn } = SOURCE_LINK_TABLES[record];
    for (const key of keys) {
      const sourceId = sourceIds.of(sourceUrl(key));
      if (sourceColumn === "A") link(table, sourceId, recordId);
      else link(table, recordId, sourceId);
    }
  };

  const participantIds = await insertBySlug("participant", data.participants, (rows) =>
    tx.participant.createManyAndReturn({
      data: rows.map((participant) => omit(participant, "sources")),
      select: { id: true, slug: true },
    }),
  );
  for (const participant of data.participants)
    cite("participant", participantIds.of(participant.slug), participant.sources);

  const issueIds = await insertBySlug("issue", data.issues, (rows) =>
    tx.issue.createManyAndReturn({
      data: rows.map((issue) => omit(issue, "sources", "history")),
      select: { id: true, slug: true },
    }),
  );
  for (const issue of data.issues) cite("issue", issueIds.of(issue.slug), issue.sources);

  const roundIds = await insertBySlug("round", data.rounds, (rows) =>
    tx.round.createManyAndReturn({
      data: rows.map((round) => ({ ...omit(round, "sources", "issues", "participants"), publishedAt: round.startsAt })),
      select: { id: true, slug: true },
    }),
  );
  for (const round of data.rounds) {
    const roundId = roundIds.of(round.slug);
    cite("round", roundId, round.sources);
    for (const issue of round.issues) link(ISSUE_ROUND_TABLE, issueIds.of(issue), roundId);
  }
  await tx.participation.createMany({
    data: data.rounds.flatMap((round) =>
      round.participants.map(({ participant, role, note }) => ({
        roundId: roundIds.of(round.slug),
        participantId: participantIds.of(participant),
        role,
        note,
      })),
    ),
  });

  for (const issue of data.issues) {
    for (const { from, to, round, sources, ...change } of issue.history) {
      const { id } = await tx.issueStatusChange.create({
        data: {
          ...change,
          fromStatus: from,
          toStatus: to,
          issueId: issueIds.of(issue.slug),
          roundId: round ? roundIds.of(round) : undefined,
        },
        select: { id: true },
      });
      cite("statusChange", id, sources);
    }
  }

  await insertDeadlines(tx, data.deadlines, issueIds, cite);

  for (const { sources, ...change } of data.tariffChanges) {
    const { id } = await tx.tariffChange.create({ data: change, select: { id: true } });
    cite("tariffChange", id, sources);
  }

  const updateIds = await insertBySlug("update", data.updates, (rows) =>
    tx.update.createManyAndReturn({
      data: rows.map((update) => ({
        ...omit(update, "sources", "issues", "round"),
        publishedAt: update.occurredAt,
        roundId: update.round ? roundIds.of(update.round) : undefined,
      })),
      select: { id: true, slug: true },
    }),
  );
  for (const update of data.updates) {
    const updateId = updateIds.of(update.slug);
    cite("update", updateId, update.sources);
    for (const issue of update.issues) link(ISSUE_UPDATE_TABLE, issueIds.of(issue), updateId);
  }

  for (const { sources, round, ...expectation } of data.expectations) {
    const { id } = await tx.expectation.create({
      data: { ...expectation, roundId: roundIds.of(round) },
      select: { id: true },
    });
    cite("expectation", id, sources);
  }

  for (const [table, pairs] of links) await insertLinks(tx, table, pairs);
}

async function insertBySlug<Row extends { slug: string }>(
  what: string,
  rows: Row[],
  insert: (rows: Row[]) => Promise<{ id: number; slug: string }[]>,
): Promise<IdsByName> {
  const inserted = await insert(rows);
  return new IdsByName(what).add(inserted.map(({ id, slug }) => ({ id, name: slug })));
}

function omit<Row extends object, Key extends keyof Row>(record: Row, ...keys: Key[]): Omit<Row, Key> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

/** One INSERT for all rows of a join table; `pairs` are (A, B). */
async function insertLinks(tx: Transaction, table: string, pairs: [number, number][]): Promise<void> {
  if (pairs.length === 0) return;
  const values = Prisma.join(pairs.map(([a, b]) => Prisma.sql`(${a}, ${b})`));
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} ("A", "B") VALUES ${values}`;
}

// A chain root's chainRootId is its own id (a lone deadline is a chain of one), so every chain,
// root included, is `where: { chainRootId }`.
async function insertDeadlines(
  tx: Transaction,
  deadlines: SeedDeadline[],
  issueIds: IdsByName,
  cite: Cite,
): Promise<void> {
  const deadlineIds = new IdsByName("deadline (or one listed after the deadline that supersedes it)");
  const rootIdOf = new Map<number, number>();
  for (const { sources, issue, supersedes, ...deadline } of deadlines) {
    const supersedesId = supersedes ? deadlineIds.of(supersedes) : undefined;
    const { id } = await tx.deadline.create({
      data: {
        ...deadline,
        issueId: issue ? issueIds.of(issue) : undefined,
        supersedesId,
        chainRootId: supersedesId === undefined ? undefined : rootIdOf.get(supersedesId),
      },
      select: { id: true },
    });
    if (supersedesId === undefined) await tx.deadline.update({ where: { id }, data: { chainRootId: id } });
    rootIdOf.set(id, supersedesId === undefined ? id : rootIdOf.get(supersedesId)!);
    deadlineIds.add([{ id, name: deadline.slug }]);
    cite("deadline", id, sources);
  }
}
