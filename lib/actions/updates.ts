"use server";

import { prisma } from "../db";
import type { SignedInUser } from "../auth/session";
import { slugFor } from "../domain/slugs";
import { instantInZone } from "../domain/time";
import type { Prisma } from "../generated/prisma/client";
import { tags } from "../queries/tags";
import { updateFormSchema, type UpdateFormInput } from "../schemas/update";
import { ActionRefusal, editorAction } from "./editor-action";
import { sourceIdsFor } from "./source-links";
import { updateSnapshot } from "./update-records";
import { saveVersioned } from "./versioned-save";

/** Posts a timeline update (markdown text, one or more sources), as a draft or published. */
export const saveUpdate = editorAction("saveUpdate", updateFormSchema, async (input, user) => {
  const slug = input.slug ?? slugFor(input.title, input.occurredOn);
  const clash = await prisma.update.findFirst({
    where: { slug, NOT: input.id ? { id: input.id } : undefined },
    select: { id: true },
  });
  if (clash)
    throw new ActionRefusal("Another update already has this address.", {
      slug: [`"${slug}" is taken: choose another address name.`],
    });
  const { before, after } = await prisma.$transaction((tx) => writeUpdate(tx, input, user, slug));
  const issueSlugs = new Set([...(before?.issueSlugs ?? []), ...after.issueSlugs]);
  const roundSlugs = new Set([before?.roundSlug, after.roundSlug].filter((s): s is string => Boolean(s)));
  return {
    tags: [tags.updates, ...[...issueSlugs].map(tags.issue), ...[...roundSlugs].map(tags.round)],
    redirectTo: `/edit/updates/${after.id}?saved=1`,
  };
});

async function writeUpdate(tx: Prisma.TransactionClient, input: UpdateFormInput, user: SignedInUser, slug: string) {
  const sourceIds = await sourceIdsFor(tx, input, user);
  return saveVersioned(tx, {
    entity: "update",
    id: input.id,
    version: input.version,
    user,
    snapshot: (id) => updateSnapshot(tx, id),
    fields: (before) => ({
      slug,
      kind: input.kind,
      title: input.title,
      body: input.body,
      occurredAt: instantInZone(input.occurredOn, input.timeZone),
      timeZone: input.timeZone,
      timePrecision: "DAY" as const,
      roundId: input.roundId ?? null,
      publishedAt: input.intent === "publish" ? (before?.publishedAt ?? new Date()) : null,
    }),
    updateMany: (args) => tx.update.updateMany(args),
    create: (args) => tx.update.create(args),
    link: (id) =>
      tx.update.update({
        where: { id },
        data: {
          issues: { set: input.issueIds.map((i) => ({ id: i })) },
          sources: { set: sourceIds.map((s) => ({ id: s })) },
        },
      }),
    action: (before, after) =>
      before && !before.publishedAt && after.publishedAt ? "publish" : before ? "update" : "create",
  });
}
