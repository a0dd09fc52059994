import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { published } from "./published";
import { sourceSelect } from "./source-fields";
import { tags } from "./tags";

export const FEED_ENTRY_LIMIT = 50;

const feedUpdateSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  body: true,
  occurredAt: true,
  timeZone: true,
  timePrecision: true,
  unverified: true,
  caveat: true,
  publishedAt: true,
  updatedAt: true,
  round: { select: { slug: true, title: true, publishedAt: true } },
  issues: { select: { slug: true, title: true }, orderBy: { position: "asc" as const } },
  sources: sourceSelect,
};

/** The latest published updates, newest first: the site-wide feed. */
export async function latestUpdatesForFeed() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.updates, tags.rounds, tags.issues, tags.sources);
  return prisma.update.findMany({
    where: published,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRY_LIMIT,
    select: feedUpdateSelect,
  });
}

export type FeedUpdate = Awaited<ReturnType<typeof latestUpdatesForFeed>>[number];

/** An issue with its latest published updates, newest first; null when there is no such issue. */
export async function issueWithUpdatesForFeed(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issues, tags.issue(slug), tags.updates, tags.rounds, tags.sources);
  return prisma.issue.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      updatedAt: true,
      updates: {
        where: published,
        orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
        take: FEED_ENTRY_LIMIT,
        select: feedUpdateSelect,
      },
    },
  });
}
