import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { sourceSelect } from "./source-fields";
import { published } from "./published";
import { tags } from "./tags";

const deadlineSummary = {
  select: { slug: true, title: true, dueAt: true, timeZone: true, timePrecision: true, status: true },
  orderBy: { dueAt: "asc" as const },
};

/** Every issue with its current status, its latest change and its deadlines (for "next deadline"). */
export async function listIssues() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issues, tags.deadlines);
  return prisma.issue.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      summary: true,
      status: true,
      unverified: true,
      statusChanges: {
        orderBy: { changedAt: "desc" },
        take: 1,
        select: { changedAt: true, timeZone: true, note: true },
      },
      deadlines: { ...deadlineSummary, where: { status: "UPCOMING" } },
    },
  });
}

export type IssueListItem = Awaited<ReturnType<typeof listIssues>>[number];

export async function getIssue(slug: string) {
  "use cache";
  cacheLife("hours");
  // Writes to its rounds, deadlines and updates invalidate this issue's tag too.
  cacheTag(tags.issue(slug), tags.sources);
  const issue = await prisma.issue.findUnique({
    where: { slug },
    include: {
      statusChanges: {
        orderBy: { changedAt: "asc" },
        include: { round: { select: { slug: true, title: true, publishedAt: true } }, sources: sourceSelect },
      },
      deadlines: deadlineSummary,
      rounds: {
        where: published,
        select: { slug: true, title: true, kind: true, startsAt: true, endsAt: true, timeZone: true, status: true },
        orderBy: { startsAt: "desc" },
      },
      updates: {
        where: published,
        select: { slug: true, title: true, kind: true, occurredAt: true, timeZone: true },
        orderBy: { occurredAt: "desc" },
        take: 20,
      },
      sources: sourceSelect,
    },
  });
  if (!issue) return null;
  // A status change may name a round that is still a draft: readers do not see that link.
  const statusChanges = issue.statusChanges.map(({ round, ...change }) => ({
    ...change,
    round: round?.publishedAt ? { slug: round.slug, title: round.title } : null,
  }));
  return { ...issue, statusChanges };
}

export type IssueDetail = NonNullable<Awaited<ReturnType<typeof getIssue>>>;

export async function listIssueSlugs() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issues);
  return prisma.issue.findMany({ select: { slug: true } });
}
