import "server-only";
import { cacheLife, cacheTag } from "next/cache";
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
        select: { slug: true, kind: true, title: true, body: true, occurredAt: true, timeZone: true, sources: sourceSelect },
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
