// Grows a copy of a seeded database to the scale the benchmark checks: 10,000 updates, 500 rounds,
// 300 participants and 2,000 sources, linked like real ones (delegations, issues, sources, updates
// of a round). Every generated row says it is generated test data, and the real database is refused.
//
//   tsx bench/scale/grow-database.ts --from data/bench.db --to data/bench-scale.db
import { copyFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Prisma } from "../../lib/generated/prisma/client";
import { createPrismaClient, DEFAULT_DATABASE_FILE, type PrismaClient } from "../../lib/prisma-client";
import { randomSource, type Random } from "./random";
import {
  generatedText,
  GENERATED_MARK,
  PLACES,
  PUBLISHERS,
  UPDATE_KINDS,
  ROUND_KINDS,
  personName,
  officeFor,
} from "./vocabulary";

export const SCALE_TARGETS = { updates: 10_000, rounds: 500, participants: 300, sources: 2_000 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 400;

/** Copies `from` to `to` and fills the copy up to SCALE_TARGETS. Returns the row counts reached. */
export async function growDatabase({ from, to, now = Date.now() }: { from: string; to: string; now?: number }) {
  const source = path.resolve(from);
  const target = path.resolve(to);
  if (target === path.resolve(DEFAULT_DATABASE_FILE))
    throw new Error(`refusing to write generated data into the real database (${DEFAULT_DATABASE_FILE})`);
  if (target === source) throw new Error("the scale database must be a copy: --to must differ from --from");
  if (!existsSync(source)) throw new Error(`no database to copy at ${source}`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(target + suffix, { force: true });
  await checkpoint(source);
  copyFileSync(source, target);

  return fillToScale(`file:${target}`, now);
}

/**
 * Fills a seeded database (of either store) up to SCALE_TARGETS with the same generated rows for
 * the same `now`. Returns the row counts reached.
 */
export async function fillToScale(url: string, now: number) {
  const prisma = createPrismaClient(url);
  try {
    const random = randomSource(20_261_121);
    const sourceIds = await addSources(prisma, random, now);
    const participantIds = await addParticipants(prisma, random, sourceIds);
    const issueIds = (await prisma.issue.findMany({ select: { id: true } })).map((i) => i.id);
    const roundIds = await addRounds(prisma, random, now, { sourceIds, participantIds, issueIds });
    await addUpdates(prisma, random, now, { sourceIds, issueIds, roundIds });
    const [updates, rounds, participants, sources] = await Promise.all([
      prisma.update.count(),
      prisma.round.count(),
      prisma.participant.count(),
      prisma.source.count(),
    ]);
    return { updates, rounds, participants, sources };
  } finally {
    await prisma.$disconnect();
  }
}

/** Folds the source's write-ahead log into its main file, so that copying the file copies everything. */
async function checkpoint(file: string) {
  const prisma = createPrismaClient(`file:${file}`);
  try {
    await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await prisma.$disconnect();
  }
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<{ id: number }[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH)
    ids.push(...(await insert(rows.slice(i, i + BATCH))).map((row) => row.id));
  return ids;
}

/** Implicit many-to-many tables take plain id pairs (see prisma/seed/seed.ts). */
async function link(prisma: PrismaClient, table: string, pairs: [number, number][]) {
  for (let i = 0; i < pairs.length; i += BATCH) {
    const batch = pairs.slice(i, i + BATCH);
    // Standard SQL both stores take: a pair already linked is skipped, as the seed's links may overlap.
    const values = Prisma.join(batch.map(([a, b]) => Prisma.sql`(${a}, ${b})`));
    await prisma.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} ("A", "B") VALUES ${values} ON CONFLICT DO NOTHING`;
  }
}

const toReach = async (count: Promise<number>, target: number) => Math.max(0, target - (await count));

async function addSources(prisma: PrismaClient, random: Random, now: number): Promise<number[]> {
  const missing = await toReach(prisma.source.count(), SCALE_TARGETS.sources);
  const rows: Prisma.SourceCreateManyInput[] = Array.from({ length: missing }, (_, n) => {
    const publisher = random.pick(PUBLISHERS);
    const publishedOn = new Date(now - random.int(1, 700) * DAY_MS);
    const title = generatedText.headline(random);
    return {
      url: `https://generated.parley.test/${publisher.slug}/${publishedOn.toISOString().slice(0, 10)}/${n + 1}`,
      publisher: `${publisher.name} (${GENERATED_MARK})`,
      title,
      publishedOn,
    };
  });
  await inBatches(rows, (data) => prisma.source.createManyAndReturn({ data, select: { id: true } }));
  return (await prisma.source.findMany({ select: { id: true } })).map((s) => s.id);
}

async function addParticipants(prisma: PrismaClient, random: Random, sourceIds: number[]): Promise<number[]> {
  const missing = await toReach(prisma.participant.count(), SCALE_TARGETS.participants);
  const rows: Prisma.ParticipantCreateManyInput[] = Array.from({ length: missing }, (_, n) => {
    const side = random.weighted([
      ["UNITED_STATES", 45],
      ["CHINA", 45],
      ["HOST", 5],
      ["OTHER", 5],
    ] as const);
    const name = personName(random, side);
    return {
      slug: `generated-participant-${n + 1}`,
      name,
      office: officeFor(random, side),
      side,
      note: `${GENERATED_MARK}.`,
    };
  });
  const added = await inBatches(rows, (data) => prisma.participant.createManyAndReturn({ data, select: { id: true } }));
  await link(
    prisma,
    "_ParticipantToSource",
    added.map((id) => [id, random.pick(sourceIds)]),
  );
  return (await prisma.participant.findMany({ select: { id: true } })).map((p) => p.id);
}

async function addRounds(
  prisma: PrismaClient,
  random: Random,
  now: number,
  ids: { sourceIds: number[]; participantIds: number[]; issueIds: number[] },
) {
  const missing = await toReach(prisma.round.count(), SCALE_TARGETS.rounds);
  const rows: Prisma.RoundCreateManyInput[] = Array.from({ length: missing }, (_, n) => {
    const place = random.pick(PLACES);
    const startsAt = new Date(now - random.int(-60, 700) * DAY_MS);
    const days = random.int(0, 2);
    const past = startsAt.getTime() < now;
    const kind = random.pick(ROUND_KINDS);
    return {
      slug: `generated-round-${n + 1}-${place.slug}-${startsAt.toISOString().slice(0, 7)}`,
      kind,
      title: `${place.city} ${kind === "NEGOTIATION_ROUND" ? "talks" : "meeting"} (generated round ${n + 1})`,
      city: place.city,
      country: place.country,
      venue: random.chance(0.5) ? place.venue : null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + days * DAY_MS),
      timeZone: place.timeZone,
      status: past ? "CONCLUDED" : "SCHEDULED",
      summary: generatedText.sentence(random, 2),
      outcome: past ? generatedText.sentence(random, 1) : null,
      caveat: `${GENERATED_MARK}: not a real round.`,
      publishedAt: random.chance(0.98) ? startsAt : null,
    };
  });
  const added = await inBatches(rows, (data) => prisma.round.createManyAndReturn({ data, select: { id: true } }));
  const participations: Prisma.ParticipationCreateManyInput[] = added.flatMap((roundId) =>
    random
      .sample(ids.participantIds, random.int(3, 8))
      .map((participantId, i) => ({ roundId, participantId, role: i < 2 ? "LEAD" : "DELEGATE" }) as const),
  );
  for (let i = 0; i < participations.length; i += BATCH)
    await prisma.participation.createMany({ data: participations.slice(i, i + BATCH) });
  await link(
    prisma,
    "_IssueToRound",
    added.flatMap((roundId) =>
      random.sample(ids.issueIds, random.int(1, 3)).map((issueId): [number, number] => [issueId, roundId]),
    ),
  );
  await link(
    prisma,
    "_RoundToSource",
    added.flatMap((roundId) =>
      random.sample(ids.sourceIds, random.int(1, 3)).map((sourceId): [number, number] => [roundId, sourceId]),
    ),
  );
  return (await prisma.round.findMany({ select: { id: true } })).map((r) => r.id);
}

async function addUpdates(
  prisma: PrismaClient,
  random: Random,
  now: number,
  ids: { sourceIds: number[]; issueIds: number[]; roundIds: number[] },
) {
  const missing = await toReach(prisma.update.count(), SCALE_TARGETS.updates);
  const rows: Prisma.UpdateCreateManyInput[] = Array.from({ length: missing }, (_, n) => {
    const occurredAt = new Date(now - random.int(0, 700 * 24) * (DAY_MS / 24));
    const title = generatedText.headline(random);
    return {
      slug: `generated-update-${n + 1}`,
      kind: random.pick(UPDATE_KINDS),
      title: `${title} (generated update ${n + 1})`,
      body: generatedText.markdown(random),
      occurredAt,
      timeZone: random.pick(PLACES).timeZone,
      roundId: random.chance(0.2) ? random.pick(ids.roundIds) : null,
      caveat: `${GENERATED_MARK}.`,
      publishedAt: random.chance(0.99) ? occurredAt : null,
    };
  });
  const added = await inBatches(rows, (data) => prisma.update.createManyAndReturn({ data, select: { id: true } }));
  await link(
    prisma,
    "_IssueToUpdate",
    added.flatMap((updateId) =>
      random.sample(ids.issueIds, random.int(1, 2)).map((issueId): [number, number] => [issueId, updateId]),
    ),
  );
  await link(
    prisma,
    "_SourceToUpdate",
    added.flatMap((updateId) =>
      random.sample(ids.sourceIds, random.int(1, 2)).map((sourceId): [number, number] => [sourceId, updateId]),
    ),
  );
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const from = option("--from");
  const to = option("--to");
  if (!from || !to) {
    console.error("usage: tsx bench/scale/grow-database.ts --from <seeded.db> --to <copy.db>");
    process.exit(2);
  }
  const started = performance.now();
  const counts = await growDatabase({ from, to });
  console.log(`[scale] ${to}: ${JSON.stringify(counts)} in ${Math.round(performance.now() - started)} ms`);
}
