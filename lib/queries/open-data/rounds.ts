import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { published } from "../published";
import { sourceSelect } from "../source-fields";
import { tags } from "../tags";
import { pageWindow, type PageOf } from "./pagination";

const roundInclude = {
  participations: {
    include: { participant: { select: { slug: true, name: true, office: true, side: true, updatedAt: true } } },
    orderBy: [{ role: "asc" }, { participant: { name: "asc" } }],
  },
  issues: { select: { slug: true, title: true, status: true, updatedAt: true }, orderBy: { position: "asc" } },
  sources: sourceSelect,
} satisfies Prisma.RoundInclude;

export type RoundRecord = Prisma.RoundGetPayload<{ include: typeof roundInclude }>;

/** Published rounds, earliest first, with participants, issues and sources. */
export async function roundRecordsPage(page: number, perPage: number): Promise<PageOf<RoundRecord>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.participants, tags.issues, tags.sources);
  const [rows, total] = await Promise.all([
    prisma.round.findMany({
      where: published,
      include: roundInclude,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, perPage),
    }),
    prisma.round.count({ where: published }),
  ]);
  return { rows, total };
}

export async function roundRecordBySlug(slug: string): Promise<RoundRecord | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.round(slug), tags.participants, tags.issues, tags.sources);
  return prisma.round.findFirst({ where: { slug, ...published }, include: roundInclude });
}
