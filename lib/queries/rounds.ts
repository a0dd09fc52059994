import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { sourceSelect } from "./source-fields";
import { published } from "./published";
import { tags } from "./tags";

const roundCard = {
  id: true,
  slug: true,
  kind: true,
  sequence: true,
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
  unverified: true,
} as const;

export async function getRound(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.round(slug), tags.sources);
  const round = await prisma.round.findFirst({
    where: { slug, ...published },
    include: {
      participations: {
        include: { participant: { select: { slug: true, name: true, office: true, side: true } } },
        orderBy: [{ role: "asc" }, { participant: { name: "asc" } }],
      },
      issues: { select: { slug: true, title: true, status: true }, orderBy: { position: "asc" } },
      updates: {
        where: published,
        select: {
          slug: true,
          kind: true,
          title: true,
          body: true,
          occurredAt: true,
          timeZone: true,
          sources: sourceSelect,
        },
        orderBy: { occurredAt: "asc" },
      },
      expectations: { include: { sources: sourceSelect }, orderBy: { id: "asc" } },
      sources: sourceSelect,
    },
  });
  // The page shows these issues' statuses and these people's offices.
  cacheTag(
    ...(round?.issues.map((issue) => tags.issue(issue.slug)) ?? []),
    ...(round?.participations.map((p) => tags.participant(p.participant.slug)) ?? []),
  );
  return round;
}

export type RoundDetail = NonNullable<Awaited<ReturnType<typeof getRound>>>;

export async function listRoundSlugs() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds);
  return prisma.round.findMany({ where: published, select: { slug: true } });
}

/** The most recent round that has taken place or is under way, and the next scheduled one. */
export async function latestAndNextRound() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds);
  const [latest, next] = await Promise.all([
    prisma.round.findFirst({
      where: { ...published, status: { in: ["CONCLUDED", "UNDER_WAY"] } },
      orderBy: { startsAt: "desc" },
      select: { ...roundCard, outcome: true, _count: { select: { sources: true } } },
    }),
    prisma.round.findFirst({
      where: { ...published, status: "SCHEDULED" },
      orderBy: { startsAt: "asc" },
      select: roundCard,
    }),
  ]);
  return { latest, next };
}

export type RoundCard = NonNullable<Awaited<ReturnType<typeof latestAndNextRound>>["next"]>;
export { roundCard };

const SPINE_KINDS: Prisma.EnumRoundKindFilter<"Round"> = {
  in: ["NEGOTIATION_ROUND", "LEADERS_MEETING", "WORKING_MEETING"],
};

/**
 * The story's spine: rounds and leaders' meetings (not calls), scheduled ones included, the latest
 * `limit` of them earliest first, and how many there are in all. A page lists a bounded number, so
 * what it costs does not grow with the records: the older ones are a link away.
 */
export async function roundsAtAGlance(limit: number) {
  "use cache";
  cacheLife("hours");
  // A participant's new name shows in the leads.
  cacheTag(tags.rounds, tags.participants);
  const where = { ...published, kind: SPINE_KINDS };
  const [latest, total] = await Promise.all([
    prisma.round.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        slug: true,
        title: true,
        city: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        timePrecision: true,
        status: true,
        outcome: true,
        unverified: true,
        participations: {
          where: { role: "LEAD" },
          select: { participant: { select: { name: true, side: true } } },
          orderBy: { participant: { name: "asc" } },
        },
      },
    }),
    prisma.round.count({ where }),
  ]);
  const rounds = latest
    .reverse()
    .map(({ participations, ...round }) => ({ ...round, leads: participations.map((p) => p.participant) }));
  return { rounds, total };
}

export type RoundAtAGlance = Awaited<ReturnType<typeof roundsAtAGlance>>["rounds"][number];

/**
 * The next rounds and meetings scheduled or under way, earliest first. The page drops those whose
 * end has passed (a status an editor has yet to update), so this takes twice what it shows.
 */
export async function upcomingRounds(shown: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds);
  return prisma.round.findMany({
    where: { ...published, kind: SPINE_KINDS, status: { in: ["SCHEDULED", "UNDER_WAY"] } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: shown * 2,
    select: { slug: true, title: true, city: true, startsAt: true, endsAt: true, timeZone: true, timePrecision: true },
  });
}

export type UpcomingRound = Awaited<ReturnType<typeof upcomingRounds>>[number];
