import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { published } from "../published";
import { sourceSelect } from "../source-fields";
import { tags } from "../tags";
import { pageWindow, type PageOf } from "./pagination";

const updateInclude = {
  round: { select: { slug: true, publishedAt: true } },
  issues: { select: { slug: true }, orderBy: { position: "asc" } },
  sources: sourceSelect,
} satisfies Prisma.UpdateInclude;

export type UpdateRecord = Prisma.UpdateGetPayload<{ include: typeof updateInclude }>;

/** Published updates, earliest first. */
export async function updateRecordsPage(page: number, perPage: number): Promise<PageOf<UpdateRecord>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.updates, tags.rounds, tags.issues, tags.sources);
  const [rows, total] = await Promise.all([
    prisma.update.findMany({
      where: published,
      include: updateInclude,
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, perPage),
    }),
    prisma.update.count({ where: published }),
  ]);
  return { rows, total };
}

export async function updateRecordBySlug(slug: string): Promise<UpdateRecord | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.updates, tags.rounds, tags.issues, tags.sources);
  return prisma.update.findFirst({ where: { slug, ...published }, include: updateInclude });
}
