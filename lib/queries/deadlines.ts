import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { orderChain } from "../domain/deadline-status";
import { sourceSelect } from "./source-fields";
import { tags } from "./tags";

const deadlineFields = {
  id: true,
  slug: true,
  title: true,
  description: true,
  kind: true,
  dueAt: true,
  timeZone: true,
  timePrecision: true,
  status: true,
  resolutionNote: true,
  resolvedAt: true,
  setBy: true,
  setOn: true,
  supersedesId: true,
  chainRootId: true,
  unverified: true,
  caveat: true,
  issue: { select: { slug: true, title: true } },
} as const;

/**
 * Every deadline, each with the one that superseded it (for "extended to …").
 * Reader pages decide at request time which are still to come.
 */
export async function listDeadlines() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines);
  return prisma.deadline.findMany({
    orderBy: { dueAt: "asc" },
    select: {
      ...deadlineFields,
      supersededBy: { select: { slug: true, dueAt: true, timeZone: true, timePrecision: true, setBy: true } },
      _count: { select: { sources: true } },
    },
  });
}

export type DeadlineListItem = Awaited<ReturnType<typeof listDeadlines>>[number];

/** The deadline that supersedes no later one: only these are candidates for a countdown. */
export async function listOpenDeadlines() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines);
  return prisma.deadline.findMany({
    where: { status: "UPCOMING" },
    orderBy: { dueAt: "asc" },
    select: { ...deadlineFields, _count: { select: { sources: true } } },
  });
}

/** A deadline with its whole chain of extensions, first date first. */
export async function getDeadlineWithChain(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadline(slug), tags.sources);
  const deadline = await prisma.deadline.findUnique({ where: { slug }, select: { id: true, chainRootId: true } });
  if (!deadline) return null;
  const rootId = deadline.chainRootId ?? deadline.id;
  const links = await prisma.deadline.findMany({
    where: { OR: [{ id: rootId }, { chainRootId: rootId }] },
    select: { ...deadlineFields, sources: sourceSelect },
  });
  const chain = orderChain(links);
  cacheTag(...chain.map((link) => tags.deadline(link.slug)));
  const current = chain.find((link) => link.slug === slug);
  if (!current) return null;
  return { current, chain };
}

export type DeadlineWithChain = NonNullable<Awaited<ReturnType<typeof getDeadlineWithChain>>>;

export async function listDeadlineSlugs() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines);
  return prisma.deadline.findMany({ select: { slug: true } });
}
