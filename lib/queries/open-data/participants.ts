import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { published, visibleParticipant } from "../published";
import { sourceSelect } from "../source-fields";
import { tags } from "../tags";
import { pageWindow, type PageOf } from "./pagination";

const participantInclude = {
  participations: {
    where: { round: published },
    include: { round: { select: { slug: true, title: true, kind: true, startsAt: true, updatedAt: true } } },
    orderBy: { round: { startsAt: "asc" } },
  },
  sources: sourceSelect,
} satisfies Prisma.ParticipantInclude;

export type ParticipantRecord = Prisma.ParticipantGetPayload<{ include: typeof participantInclude }>;

/** Participants by side and name, each with the published rounds they took part in. */
export async function participantRecordsPage(page: number, perPage: number): Promise<PageOf<ParticipantRecord>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.participants, tags.rounds, tags.sources);
  const [rows, total] = await Promise.all([
    prisma.participant.findMany({
      where: visibleParticipant,
      include: participantInclude,
      orderBy: [{ side: "asc" }, { name: "asc" }, { id: "asc" }],
      ...pageWindow(page, perPage),
    }),
    prisma.participant.count({ where: visibleParticipant }),
  ]);
  return { rows, total };
}

export async function participantRecordBySlug(slug: string): Promise<ParticipantRecord | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.participants, tags.participant(slug), tags.rounds, tags.sources);
  return prisma.participant.findFirst({ where: { slug, ...visibleParticipant }, include: participantInclude });
}
