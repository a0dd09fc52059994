import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** A round as the audit log keeps it: its fields and the ids it links to; null when there is none. */
export async function roundSnapshot(tx: Prisma.TransactionClient, id: number) {
  const round = await tx.round.findUnique({
    where: { id },
    include: {
      participations: { select: { participantId: true, role: true, note: true }, orderBy: { participantId: "asc" } },
      issues: { select: { id: true }, orderBy: { id: "asc" } },
      sources: { select: { id: true }, orderBy: { id: "asc" } },
    },
  });
  if (!round) return null;
  const { participations, issues, sources, createdAt: _created, updatedAt: _updated, ...fields } = round;
  return { ...fields, participations, issueIds: issues.map((i) => i.id), sourceIds: sources.map((s) => s.id) };
}

export type RoundSnapshot = NonNullable<Awaited<ReturnType<typeof roundSnapshot>>>;

/** Slugs whose reader pages show this round: the round, its issues (those it lists and those whose status changes cite it) and its people. */
export async function roundPageTags(tx: Prisma.TransactionClient, snapshots: (RoundSnapshot | null)[]) {
  const present = snapshots.filter((s): s is RoundSnapshot => s !== null);
  const [issues, participants] = await Promise.all([
    tx.issue.findMany({
      where: {
        OR: [
          { id: { in: present.flatMap((s) => s.issueIds) } },
          { statusChanges: { some: { roundId: { in: present.map((s) => s.id) } } } },
        ],
      },
      select: { slug: true },
    }),
    tx.participant.findMany({
      where: { id: { in: present.flatMap((s) => s.participations.map((p) => p.participantId)) } },
      select: { slug: true },
    }),
  ]);
  return {
    roundSlugs: present.map((s) => s.slug),
    issueSlugs: issues.map((i) => i.slug),
    participantSlugs: participants.map((p) => p.slug),
  };
}
