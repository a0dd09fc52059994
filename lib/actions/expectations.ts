"use server";

import { prisma } from "../db";
import type { SignedInUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { tags } from "../queries/tags";
import { assessExpectationSchema, expectationFormSchema, type ExpectationFormInput } from "../schemas/expectation";
import { ActionRefusal, editorAction } from "./editor-action";
import { sourceIdsFor } from "./source-links";
import { saveVersioned } from "./versioned-save";

/** An expectation as the audit log keeps it: its fields, its round's address and its sources. */
async function expectationSnapshot(tx: Prisma.TransactionClient, id: number) {
  const expectation = await tx.expectation.findUnique({
    where: { id },
    include: { round: { select: { slug: true } }, sources: { select: { id: true }, orderBy: { id: "asc" } } },
  });
  if (!expectation) return null;
  const { round, sources, createdAt: _c, updatedAt: _u, ...fields } = expectation;
  return { ...fields, roundSlug: round.slug, sourceIds: sources.map((s) => s.id) };
}

type ExpectationSnapshot = NonNullable<Awaited<ReturnType<typeof expectationSnapshot>>>;

/** The round pages showing these expectations; `rounds` for the lists that gather rounds' sources. */
function expectationTags(...snapshots: (ExpectationSnapshot | null)[]) {
  const roundSlugs = new Set(snapshots.flatMap((s) => (s ? [s.roundSlug] : [])));
  return [tags.rounds, ...[...roundSlugs].map(tags.round)];
}

/** Records what was expected of a round, by whom, with its sources; or saves an edit to it. */
export const saveExpectation = editorAction("saveExpectation", expectationFormSchema, async (input, user) => {
  const { before, after } = await prisma.$transaction((tx) => writeExpectation(tx, input, user));
  return {
    tags: expectationTags(before, after),
    redirectTo: `/edit/rounds/${after.roundId}/expectations/${after.id}?saved=1`,
  };
});

async function writeExpectation(tx: Prisma.TransactionClient, input: ExpectationFormInput, user: SignedInUser) {
  const round = await tx.round.findUnique({ where: { id: input.roundId }, select: { id: true } });
  if (!round) throw new ActionRefusal("This round no longer exists; nothing was saved.");
  const sourceIds = await sourceIdsFor(tx, input, user);
  return saveVersioned(tx, {
    entity: "expectation",
    id: input.id,
    version: input.version,
    user,
    snapshot: (id) => expectationSnapshot(tx, id),
    fields: () => ({ roundId: input.roundId, text: input.text, expectedBy: input.expectedBy }),
    updateMany: (args) => tx.expectation.updateMany(args),
    create: (args) => tx.expectation.create(args),
    link: (id) =>
      tx.expectation.update({ where: { id }, data: { sources: { set: sourceIds.map((s) => ({ id: s })) } } }),
  });
}

/** Records how an expectation turned out (met, partly met, not met, or still pending), with a note. */
export const assessExpectation = editorAction("assessExpectation", assessExpectationSchema, async (input, user) => {
  const { after } = await prisma.$transaction((tx) =>
    saveVersioned(tx, {
      entity: "expectation",
      id: input.id,
      version: input.version,
      user,
      snapshot: (id) => expectationSnapshot(tx, id),
      fields: () => ({ assessment: input.assessment, assessmentNote: input.assessmentNote ?? null }),
      updateMany: (args) => tx.expectation.updateMany(args),
      action: () => "assess",
    }),
  );
  return {
    tags: expectationTags(after),
    redirectTo: `/edit/rounds/${after.roundId}/expectations/${after.id}?saved=assessed`,
  };
});
