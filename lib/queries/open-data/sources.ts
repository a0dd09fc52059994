import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { published, visibleParticipant } from "../published";
import { tags } from "../tags";
import { pageWindow, type PageOf } from "./pagination";

/** A source readers can see: one that supports at least one record they can see (never only drafts). */
const visibleSource = {
  OR: [
    { rounds: { some: published } },
    { updates: { some: published } },
    { expectations: { some: { round: published } } },
    { participants: { some: visibleParticipant } },
    { issues: { some: {} } },
    { statusChanges: { some: {} } },
    { deadlines: { some: {} } },
    { tariffChanges: { some: {} } },
  ],
} satisfies Prisma.SourceWhereInput;

const sourceFields = {
  id: true,
  url: true,
  publisher: true,
  title: true,
  publishedOn: true,
  createdAt: true,
} satisfies Prisma.SourceSelect;

export type SourceRecord = Prisma.SourceGetPayload<{ select: typeof sourceFields }>;

export async function sourceRecordsPage(page: number, perPage: number): Promise<PageOf<SourceRecord>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.sources, tags.rounds, tags.updates);
  const [rows, total] = await Promise.all([
    prisma.source.findMany({
      where: visibleSource,
      select: sourceFields,
      orderBy: { id: "asc" },
      ...pageWindow(page, perPage),
    }),
    prisma.source.count({ where: visibleSource }),
  ]);
  return { rows, total };
}
