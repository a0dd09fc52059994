import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";

// Editors always read fresh data, never the reader cache (as in ./editor.ts).

/** The sources an editor can pick for a record. */
export async function sourceChoices() {
  return prisma.source.findMany({ orderBy: [{ publisher: "asc" }, { title: "asc" }], select: { id: true, publisher: true, title: true } });
}

export async function participantsForEditing() {
  return prisma.participant.findMany({
    orderBy: [{ side: "asc" }, { name: "asc" }],
    select: { id: true, name: true, office: true, side: true, _count: { select: { participations: true, sources: true } } },
  });
}

export async function participantForEditing(id: number) {
  return prisma.participant.findUnique({ where: { id }, include: { sources: { select: { id: true } }, _count: { select: { participations: true } } } });
}

export const SOURCES_PAGE_SIZE = 50;

/** One page of sources, newest first, those whose address, publisher or title contain `query`. */
export async function sourcesForEditing({ query, page }: { query: string; page: number }) {
  const where: Prisma.SourceWhereInput = query
    ? { OR: [{ url: { contains: query } }, { publisher: { contains: query } }, { title: { contains: query } }] }
    : {};
  const [rows, total] = await Promise.all([
    prisma.source.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * SOURCES_PAGE_SIZE,
      take: SOURCES_PAGE_SIZE,
      select: { id: true, url: true, publisher: true, title: true, publishedOn: true },
    }),
    prisma.source.count({ where }),
  ]);
  return { rows, total };
}

export async function sourceForEditing(id: number) {
  return prisma.source.findUnique({
    where: { id },
    include: {
      _count: { select: { rounds: true, participants: true, issues: true, statusChanges: true, deadlines: true, tariffChanges: true, updates: true, expectations: true } },
    },
  });
}

/** A round with its expectations, for the expectations page under the round's form. */
export async function roundExpectationsForEditing(roundId: number) {
  return prisma.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      expectations: { orderBy: { id: "asc" }, select: { id: true, text: true, expectedBy: true, assessment: true, assessmentNote: true, _count: { select: { sources: true } } } },
    },
  });
}

export async function expectationForEditing(id: number) {
  return prisma.expectation.findUnique({
    where: { id },
    include: { sources: { select: { id: true } }, round: { select: { id: true, slug: true, title: true, publishedAt: true } } },
  });
}
