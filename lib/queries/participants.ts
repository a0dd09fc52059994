import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { sourceSelect } from "./source-fields";
import { published, visibleParticipant } from "./published";
import { tags } from "./tags";

export async function listParticipants() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.participants);
  return prisma.participant.findMany({
    where: visibleParticipant,
    orderBy: [{ side: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      office: true,
      side: true,
      note: true,
      _count: { select: { participations: { where: { round: published } } } },
    },
  });
}

export async function getParticipant(slug: string) {
  "use cache";
  cacheLife("hours");
  // Writes to a round invalidate the tags of everyone who took part in it.
  cacheTag(tags.participant(slug), tags.sources);
  return prisma.participant.findFirst({
    where: { slug, ...visibleParticipant },
    include: {
      participations: {
        where: { round: published },
        include: {
          round: {
            select: {
              slug: true,
              title: true,
              kind: true,
              startsAt: true,
              endsAt: true,
              timeZone: true,
              status: true,
              city: true,
              country: true,
            },
          },
        },
        orderBy: { round: { startsAt: "desc" } },
      },
      sources: sourceSelect,
    },
  });
}

export async function listParticipantSlugs() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.participants);
  return prisma.participant.findMany({ where: visibleParticipant, select: { slug: true } });
}
