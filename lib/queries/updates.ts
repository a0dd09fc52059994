import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { published } from "./published";
import { tags } from "./tags";

export async function latestUpdates(limit = 6) {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.updates);
  return prisma.update.findMany({
    where: published,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true, kind: true, title: true, body: true, occurredAt: true, timeZone: true, unverified: true,
      round: { select: { slug: true, title: true } },
      sources: { select: { url: true, publisher: true }, take: 2, orderBy: { id: "asc" } },
    },
  });
}
