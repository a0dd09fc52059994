import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { published } from "./published";
import { sourceSelect } from "./source-fields";
import { tags } from "./tags";

const calendarDeadlineSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  dueAt: true,
  timeZone: true,
  timePrecision: true,
  status: true,
  resolutionNote: true,
  setBy: true,
  supersedesId: true,
  chainRootId: true,
  version: true,
  updatedAt: true,
  issue: { select: { slug: true, title: true } },
  sources: sourceSelect,
} satisfies Prisma.DeadlineSelect;

export type CalendarDeadline = Prisma.DeadlineGetPayload<{ select: typeof calendarDeadlineSelect }>;

/**
 * Every deadline (or those of one issue), links of a chain together: the calendar makes one
 * event of each chain. A chain belongs to an issue when any of its links does.
 */
export async function deadlinesForCalendar(issueSlug?: string): Promise<CalendarDeadline[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines, tags.issues, tags.sources);
  if (!issueSlug)
    return prisma.deadline.findMany({ select: calendarDeadlineSelect, orderBy: [{ dueAt: "asc" }, { id: "asc" }] });
  const ofIssue = await prisma.deadline.findMany({
    where: { issue: { slug: issueSlug } },
    select: { id: true, chainRootId: true },
  });
  const roots = [...new Set(ofIssue.map((d) => d.chainRootId ?? d.id))];
  return prisma.deadline.findMany({
    where: { OR: [{ id: { in: roots } }, { chainRootId: { in: roots } }] },
    select: calendarDeadlineSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
}

const calendarRoundSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  city: true,
  country: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  timePrecision: true,
  status: true,
  summary: true,
  outcome: true,
  version: true,
  updatedAt: true,
  sources: sourceSelect,
} satisfies Prisma.RoundSelect;

export type CalendarRound = Prisma.RoundGetPayload<{ select: typeof calendarRoundSelect }>;

/** Published rounds (or those where one issue was discussed), earliest first. */
export async function roundsForCalendar(issueSlug?: string): Promise<CalendarRound[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.issues, tags.sources);
  return prisma.round.findMany({
    where: { ...published, ...(issueSlug ? { issues: { some: { slug: issueSlug } } } : {}) },
    select: calendarRoundSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
}

/** The issue a calendar is for; null when there is no such issue. */
export async function issueForCalendar(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issues, tags.issue(slug));
  return prisma.issue.findUnique({ where: { slug }, select: { slug: true, title: true } });
}
