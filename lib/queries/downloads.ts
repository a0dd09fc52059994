import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { published } from "./published";
import { sourceOrder } from "./source-fields";
import { tags } from "./tags";

const sourceUrls = { select: { url: true }, orderBy: sourceOrder };
const issueSlugs = { select: { slug: true }, orderBy: { position: "asc" as const } };

/** Every published round and update, for the timeline download. */
export async function timelineForDownload() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.updates, tags.issues, tags.sources);
  const [rounds, updates] = await Promise.all([
    prisma.round.findMany({
      where: published,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        slug: true,
        kind: true,
        title: true,
        summary: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        timePrecision: true,
        status: true,
        city: true,
        country: true,
        venue: true,
        unverified: true,
        updatedAt: true,
        issues: issueSlugs,
        sources: sourceUrls,
      },
    }),
    publishedUpdatesInBatches(),
  ]);
  return { rounds, updates };
}

// Prisma refuses to load ordered relations for a thousand records at once (P2029, too many query
// parameters for SQLite), so a long history is read a few hundred updates at a time.
const UPDATE_BATCH = 500;

async function publishedUpdatesInBatches() {
  const select = {
    id: true,
    slug: true,
    kind: true,
    title: true,
    body: true,
    occurredAt: true,
    timeZone: true,
    timePrecision: true,
    unverified: true,
    updatedAt: true,
    round: { select: { slug: true, publishedAt: true } },
    issues: issueSlugs,
    sources: sourceUrls,
  } as const;
  const orderBy = [{ occurredAt: "asc" as const }, { id: "asc" as const }];
  const batchAfter = (id?: number) =>
    prisma.update.findMany({
      where: published,
      orderBy,
      take: UPDATE_BATCH,
      select,
      ...(id === undefined ? {} : { cursor: { id }, skip: 1 }),
    });
  const updates = await batchAfter();
  for (let batch = updates; batch.length === UPDATE_BATCH;) {
    batch = await batchAfter(batch.at(-1)!.id);
    updates.push(...batch);
  }
  return updates.map(({ id: _id, ...update }) => update);
}

/** Every deadline with its place in its chain, for the deadlines download. */
export async function deadlinesForDownload() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines, tags.issues, tags.sources);
  return prisma.deadline.findMany({
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      dueAt: true,
      timeZone: true,
      timePrecision: true,
      status: true,
      resolutionNote: true,
      resolvedAt: true,
      setBy: true,
      unverified: true,
      updatedAt: true,
      issue: { select: { slug: true } },
      supersedes: { select: { slug: true } },
      supersededBy: { select: { slug: true } },
      chainRoot: { select: { slug: true } },
      sources: sourceUrls,
    },
  });
}
