"use server";

import { prisma } from "../db";
import type { SignedInUser } from "../auth/session";
import { slugFor } from "../domain/slugs";
import type { Prisma } from "../generated/prisma/client";
import { tags } from "../queries/tags";
import { participantFormSchema, type ParticipantFormInput } from "../schemas/participant";
import { ActionRefusal, editorAction } from "./editor-action";
import { sourceIdsFor } from "./source-links";
import { saveVersioned } from "./versioned-save";

/** A participant as the audit log keeps it: its fields and the ids of its sources. */
async function participantSnapshot(tx: Prisma.TransactionClient, id: number) {
  const participant = await tx.participant.findUnique({
    where: { id },
    include: { sources: { select: { id: true }, orderBy: { id: "asc" } } },
  });
  if (!participant) return null;
  const { sources, createdAt: _c, updatedAt: _u, ...fields } = participant;
  return { ...fields, sourceIds: sources.map((s) => s.id) };
}

/** Adds a participant, or saves an edit to one (name, office, side, note, sources). */
export const saveParticipant = editorAction("saveParticipant", participantFormSchema, async (input, user) => {
  const slug = input.slug ?? slugFor(input.name);
  const clash = await prisma.participant.findFirst({
    where: { slug, NOT: input.id ? { id: input.id } : undefined },
    select: { id: true },
  });
  if (clash)
    throw new ActionRefusal("Another participant already has this address.", {
      slug: [`"${slug}" is taken: choose another address name.`],
    });

  const { before, after, roundSlugs } = await prisma.$transaction((tx) => writeParticipant(tx, input, user, slug));
  // Round pages show each participant's name and office; the old address's page must go too.
  const participantSlugs = new Set([before?.slug, after.slug].filter((s): s is string => Boolean(s)));
  return {
    tags: [tags.participants, ...[...participantSlugs].map(tags.participant), ...roundSlugs.map(tags.round)],
    redirectTo: `/edit/participants/${after.id}?saved=1`,
  };
});

async function writeParticipant(
  tx: Prisma.TransactionClient,
  input: ParticipantFormInput,
  user: SignedInUser,
  slug: string,
) {
  const sourceIds = await sourceIdsFor(tx, input, user);
  const { id, before, after } = await saveVersioned(tx, {
    entity: "participant",
    id: input.id,
    version: input.version,
    user,
    snapshot: (id) => participantSnapshot(tx, id),
    fields: () => ({ slug, name: input.name, office: input.office, side: input.side, note: input.note ?? null }),
    updateMany: (args) => tx.participant.updateMany(args),
    create: (args) => tx.participant.create(args),
    link: (id) =>
      tx.participant.update({ where: { id }, data: { sources: { set: sourceIds.map((s) => ({ id: s })) } } }),
  });
  const rounds = await tx.round.findMany({
    where: { participations: { some: { participantId: id } } },
    select: { slug: true },
  });
  return { before, after, roundSlugs: rounds.map((r) => r.slug) };
}
