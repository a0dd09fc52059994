import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { published, publishedRound } from "./published";
import { tags } from "./tags";

export async function latestUpdates(limit = 6) {
  "use cache";
  cacheLife("hours");
  // A round linked from an update may be unpublished later.
  cacheTag(tags.updates, tags.rounds);
  const updates = await prisma.update.findMany({
    where: published,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      kind: true,
      title: true,
      body: true,
      occurredAt: true,
      timeZone: true,
      unverified: true,
      round: { select: { slug: true, title: true, publishedAt: true } },
      sources: { select: { url: true, publisher: true }, take: 2, orderBy: { id: "asc" } },
    },
  });
  return updates.map((update) => ({ ...update, round: publishedRound(update.round) }));
}
