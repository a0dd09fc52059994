"use server";

import { prisma } from "../db";
import { slugFor } from "../domain/slugs";
import { tags } from "../queries/tags";
import { roundFormSchema, roundSpan, type RoundFormInput } from "../schemas/round";
import { ActionRefusal, editorAction } from "./editor-action";
import { roundPageTags, roundSnapshot, type RoundSnapshot } from "./round-records";
import { sourceIdsFor } from "./source-links";
import { saveVersioned } from "./versioned-save";
import type { SignedInUser } from "../auth/session";

/** Creates a round, or saves an edit to one, as a draft or published. */
export const saveRound = editorAction("saveRound", roundFormSchema, async (input, user) => {
  const span = roundSpan(input);
  if (!span)
    throw new ActionRefusal("The dates could not be read.", { startDate: ["Check the dates and the time zone."] });
  const slug = input.slug ?? slugFor(input.title, input.startDate);
  const clash = await prisma.round.findFirst({
    where: { slug, NOT: input.id ? { id: input.id } : undefined },
    select: { id: true },
  });
  if (clash)
    throw new ActionRefusal("Another round already has this address.", {
      slug: [`"${slug}" is taken: choose another address name.`],
    });

  const { before, after } = await prisma.$transaction((tx) => writeRound(tx, input, user, { slug, ...span }));
  const { roundSlugs, issueSlugs, participantSlugs } = await roundPageTags(prisma, [before, after]);
  return {
    tags: [
      tags.rounds,
      tags.participants,
      ...roundSlugs.map(tags.round),
      ...issueSlugs.map(tags.issue),
      ...participantSlugs.map(tags.participant),
    ],
    redirectTo: `/edit/rounds/${after.id}?saved=1`,
  };
});

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function writeRound(
  tx: Tx,
  input: RoundFormInput,
  user: SignedInUser,
  derived: { slug: string; startsAt: Date; endsAt: Date; timePrecision: "DAY" | "MINUTE" },
): Promise<{ before: RoundSnapshot | null; after: RoundSnapshot }> {
  const sourceIds = await sourceIdsFor(tx, input, user);
  return saveVersioned(tx, {
    entity: "round",
    id: input.id,
    version: input.version,
    user,
    snapshot: (id) => roundSnapshot(tx, id),
    fields: (before) => ({
      slug: derived.slug,
      kind: input.kind,
      sequence: input.sequence ?? null,
      title: input.title,
      city: input.city ?? null,
      country: input.country ?? null,
      venue: input.venue ?? null,
      startsAt: derived.startsAt,
      endsAt: derived.endsAt,
      timeZone: input.timeZone,
      timePrecision: derived.timePrecision,
      status: input.status,
      summary: input.summary,
      outcome: input.outcome ?? null,
      lengthNote: input.lengthNote ?? null,
      publishedAt: input.intent === "publish" ? (before?.publishedAt ?? new Date()) : null,
    }),
    updateMany: (args) => tx.round.updateMany(args),
    create: (args) => tx.round.create(args),
    link: async (id, before) => {
      // Notes ("left early") belong to the participation, not the form: keep them across edits.
      const notes = new Map(before?.participations.map((p) => [p.participantId, p.note]));
      await tx.participation.deleteMany({ where: { roundId: id } });
      await tx.participation.createMany({
        data: input.participants.map((p) => ({
          roundId: id,
          participantId: p.participantId,
          role: p.role,
          note: notes.get(p.participantId) ?? null,
        })),
      });
      await tx.round.update({
        where: { id },
        data: {
          issues: { set: input.issueIds.map((i) => ({ id: i })) },
          sources: { set: sourceIds.map((s) => ({ id: s })) },
        },
      });
    },
    action: (before, after) =>
      before && before.publishedAt === null && after.publishedAt !== null ? "publish" : before ? "update" : "create",
  });
}
