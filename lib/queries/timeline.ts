import "server-only";
import { hoursToMilliseconds } from "date-fns";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../generated/prisma/client";
import type { RoundKind, UpdateKind } from "../generated/prisma/enums";
import { prisma } from "../db";
import { yearInZone } from "../domain/time";
import { TIMELINE_KINDS, type TimelineFilters } from "../schemas/timeline-filters";
import { published, publishedRound, visibleParticipant } from "./published";
import { tags } from "./tags";

// A page a phone loads quickly (about 100 KB of HTML, 18 KB gzipped); older entries are a click away.
export const TIMELINE_PAGE_SIZE = 25;
/** How many people the timeline's participant filter lists. */
export const FILTER_PARTICIPANTS = 30;
// Any zone is within 14 hours of UTC; widen the year by that and settle it in the event's own zone.
const ZONE_SLACK_MS = hoursToMilliseconds(14);

export interface TimelineEntry {
  type: "round" | "update";
  slug: string;
  at: Date;
  endsAt: Date | null;
  timeZone: string;
  title: string;
  kind: RoundKind | UpdateKind;
  text: string;
  status: string | null;
  unverified: boolean;
  place: string | null;
  roundSlug: string | null;
  issues: { slug: string; title: string }[];
  sourceCount: number;
  sources: { url: string; publisher: string }[];
}

function yearRange(year: number | undefined) {
  if (!year) return undefined;
  return {
    gte: new Date(Date.UTC(year, 0, 1) - ZONE_SLACK_MS),
    lt: new Date(Date.UTC(year + 1, 0, 1) + ZONE_SLACK_MS),
  };
}

/** One page of rounds and published updates, newest first, with the total for the filters. */
export async function timelinePage(filters: TimelineFilters) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.updates, tags.issues, tags.participants);

  const kind = filters.kind ? TIMELINE_KINDS[filters.kind] : undefined;
  const roundKinds: readonly RoundKind[] | undefined = kind && ("rounds" in kind ? kind.rounds : []);
  const updateKinds: readonly UpdateKind[] | undefined = kind && ("updates" in kind ? kind.updates : []);
  const range = yearRange(filters.year);
  const byIssue = filters.issue ? { some: { slug: filters.issue } } : undefined;
  const byParticipant = filters.participant ? { some: { participant: { slug: filters.participant } } } : undefined;

  const roundWhere: Prisma.RoundWhereInput = {
    ...published,
    kind: roundKinds ? { in: [...roundKinds] } : undefined,
    issues: byIssue,
    participations: byParticipant,
    startsAt: range,
  };
  const updateWhere: Prisma.UpdateWhereInput = {
    ...published,
    kind: updateKinds ? { in: [...updateKinds] } : undefined,
    issues: byIssue,
    round: byParticipant ? { ...published, participations: byParticipant } : undefined,
    occurredAt: range,
  };
  const wanted = filters.page * TIMELINE_PAGE_SIZE;
  const issueSelect = { select: { slug: true, title: true }, orderBy: { position: "asc" as const } };

  // First the keys of every entry up to this page, then the rows of this page alone: a later page
  // costs a few bytes per entry before it, and relations are loaded for the entries shown only.
  const [roundKeys, updateKeys, roundTotal, updateTotal] = await Promise.all([
    roundKinds?.length === 0
      ? []
      : prisma.round.findMany({
          where: roundWhere,
          orderBy: [{ startsAt: "desc" }, { id: "desc" }],
          take: wanted,
          select: { id: true, startsAt: true, timeZone: true },
        }),
    updateKinds?.length === 0
      ? []
      : prisma.update.findMany({
          where: updateWhere,
          orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
          take: wanted,
          select: { id: true, occurredAt: true, timeZone: true },
        }),
    roundKinds?.length === 0 ? 0 : prisma.round.count({ where: roundWhere }),
    updateKinds?.length === 0 ? 0 : prisma.update.count({ where: updateWhere }),
  ]);

  const keys = [
    ...roundKeys.map((r) => ({ type: "round" as const, id: r.id, at: r.startsAt, timeZone: r.timeZone })),
    ...updateKeys.map((u) => ({ type: "update" as const, id: u.id, at: u.occurredAt, timeZone: u.timeZone })),
  ]
    .filter((e) => !filters.year || yearInZone(e.at, e.timeZone) === filters.year)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.type === b.type ? 0 : a.type === "round" ? -1 : 1));
  const start = (filters.page - 1) * TIMELINE_PAGE_SIZE;
  const shown = keys.slice(start, start + TIMELINE_PAGE_SIZE);
  const idsOf = (type: "round" | "update") => shown.filter((key) => key.type === type).map((key) => key.id);

  const [rounds, updates] = await Promise.all([
    prisma.round.findMany({
      where: { id: { in: idsOf("round") } },
      select: {
        id: true,
        slug: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        title: true,
        kind: true,
        summary: true,
        status: true,
        unverified: true,
        city: true,
        country: true,
        issues: issueSelect,
        _count: { select: { sources: true } },
      },
    }),
    prisma.update.findMany({
      where: { id: { in: idsOf("update") } },
      select: {
        id: true,
        slug: true,
        occurredAt: true,
        timeZone: true,
        title: true,
        kind: true,
        body: true,
        unverified: true,
        round: { select: { slug: true, publishedAt: true } },
        issues: issueSelect,
        _count: { select: { sources: true } },
        sources: { select: { url: true, publisher: true }, orderBy: { id: "asc" } },
      },
    }),
  ]);

  const entries = new Map<string, TimelineEntry>([
    ...rounds.map((r): [string, TimelineEntry] => [
      `round:${r.id}`,
      {
        type: "round",
        slug: r.slug,
        at: r.startsAt,
        endsAt: r.endsAt,
        timeZone: r.timeZone,
        title: r.title,
        kind: r.kind,
        text: r.summary,
        status: r.status,
        unverified: r.unverified,
        place: [r.city, r.country].filter(Boolean).join(", ") || null,
        roundSlug: r.slug,
        issues: r.issues,
        sourceCount: r._count.sources,
        sources: [],
      },
    ]),
    ...updates.map((u): [string, TimelineEntry] => [
      `update:${u.id}`,
      {
        type: "update",
        slug: u.slug,
        at: u.occurredAt,
        endsAt: null,
        timeZone: u.timeZone,
        title: u.title,
        kind: u.kind,
        text: u.body,
        status: null,
        unverified: u.unverified,
        place: null,
        roundSlug: publishedRound(u.round)?.slug ?? null,
        issues: u.issues,
        sourceCount: u._count.sources,
        sources: u.sources,
      },
    ]),
  ]);

  return {
    entries: shown
      .map((key) => entries.get(`${key.type}:${key.id}`))
      .filter((entry): entry is TimelineEntry => entry !== undefined),
    total: roundTotal + updateTotal,
    hasMore: keys.length > start + TIMELINE_PAGE_SIZE || roundTotal + updateTotal > wanted,
  };
}

/** What the timeline's filter controls offer. */
export async function timelineFilterOptions() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.updates, tags.issues, tags.participants);
  const [issues, participants, firstRound, lastRound, firstUpdate, lastUpdate] = await Promise.all([
    prisma.issue.findMany({ select: { slug: true, title: true }, orderBy: { position: "asc" } }),
    // Counted in published rounds only: how often someone sits in a draft is the editors' to know.
    prisma.participant.findMany({
      where: visibleParticipant,
      select: {
        slug: true,
        name: true,
        side: true,
        _count: { select: { participations: { where: { round: published } } } },
      },
    }),
    prisma.round.findFirst({ where: published, orderBy: { startsAt: "asc" }, select: { startsAt: true } }),
    prisma.round.findFirst({ where: published, orderBy: { startsAt: "desc" }, select: { startsAt: true } }),
    prisma.update.findFirst({ where: published, orderBy: { occurredAt: "asc" }, select: { occurredAt: true } }),
    prisma.update.findFirst({ where: published, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } }),
  ]);
  const instants = [firstRound?.startsAt, lastRound?.startsAt, firstUpdate?.occurredAt, lastUpdate?.occurredAt]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getUTCFullYear());
  const years =
    instants.length === 0
      ? []
      : Array.from({ length: Math.max(...instants) - Math.min(...instants) + 1 }, (_, i) => Math.max(...instants) - i);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  // The people in the most rounds, so the filter (and every timeline page, which carries it) stays
  // the same size however many people the database holds; everyone's own page links to their entries.
  const mostRounds = participants
    .sort((a, b) => b._count.participations - a._count.participations || byName(a, b))
    .slice(0, FILTER_PARTICIPANTS)
    .map(({ slug, name, side }) => ({ slug, name, side }));
  return { issues, participants: mostRounds.sort((a, b) => a.side.localeCompare(b.side) || byName(a, b)), years };
}

/** The participant a filtered view names, when the filter's short list leaves them out. */
export async function filterParticipant(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.participant(slug));
  return prisma.participant.findFirst({
    where: { slug, ...visibleParticipant },
    select: { slug: true, name: true, side: true },
  });
}
