import "server-only";
import type { RestorableEntity } from "../domain/restorable";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { published } from "./published";
import { containsIgnoringCase } from "./text-filter";
import { editorQuery } from "./editor-query";

// Editors always read fresh data, never the reader cache (as in ./editor.ts).

/** The sources an editor can pick for a record. */
export const sourceChoices = editorQuery(async () => {
  return prisma.source.findMany({
    orderBy: [{ publisher: "asc" }, { title: "asc" }],
    select: { id: true, publisher: true, title: true },
  });
});

export const participantsForEditing = editorQuery(async () => {
  return prisma.participant.findMany({
    orderBy: [{ side: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      office: true,
      side: true,
      _count: { select: { participations: true, sources: true } },
    },
  });
});

export const participantForEditing = editorQuery(async (id: number) => {
  return prisma.participant.findUnique({
    where: { id },
    include: {
      sources: { select: { id: true } },
      _count: { select: { participations: { where: { round: published } } } },
    },
  });
});

export const SOURCES_PAGE_SIZE = 50;

/** One page of sources, newest first, those whose address, publisher or title contain `query`. */
export const sourcesForEditing = editorQuery(async ({ query, page }: { query: string; page: number }) => {
  const where: Prisma.SourceWhereInput = query
    ? {
        OR: [
          { url: containsIgnoringCase(query) },
          { publisher: containsIgnoringCase(query) },
          { title: containsIgnoringCase(query) },
        ],
      }
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
});

export const sourceForEditing = editorQuery(async (id: number) => {
  return prisma.source.findUnique({
    where: { id },
    include: {
      _count: {
        select: {
          rounds: true,
          participants: true,
          issues: true,
          statusChanges: true,
          deadlines: true,
          tariffChanges: true,
          updates: true,
          expectations: true,
        },
      },
    },
  });
});

/** A round with its expectations, for the expectations page under the round's form. */
export const roundExpectationsForEditing = editorQuery(async (roundId: number) => {
  return prisma.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      expectations: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          text: true,
          expectedBy: true,
          assessment: true,
          assessmentNote: true,
          _count: { select: { sources: true } },
        },
      },
    },
  });
});

export const expectationForEditing = editorQuery(async (id: number) => {
  return prisma.expectation.findUnique({
    where: { id },
    include: {
      sources: { select: { id: true } },
      round: { select: { id: true, slug: true, title: true, publishedAt: true } },
    },
  });
});

/** The current version of any record with a history, or null when it no longer exists. */
export const recordVersion = editorQuery(async (type: RestorableEntity, id: number): Promise<number | null> => {
  const where = { where: { id }, select: { version: true } };
  const finders = {
    round: () => prisma.round.findUnique(where),
    update: () => prisma.update.findUnique(where),
    issue: () => prisma.issue.findUnique(where),
    deadline: () => prisma.deadline.findUnique(where),
    participant: () => prisma.participant.findUnique(where),
    source: () => prisma.source.findUnique(where),
    expectation: () => prisma.expectation.findUnique(where),
  };
  return (await finders[type]())?.version ?? null;
});
