"use server";

import { prisma } from "../db";
import { recordAudit } from "../audit";
import type { SignedInUser } from "../auth/session";
import { slugFor } from "../domain/slugs";
import { instantInZone } from "../domain/time";
import type { Prisma } from "../generated/prisma/client";
import { tags } from "../queries/tags";
import { updateFormSchema, type UpdateFormInput } from "../schemas/update";
import { ActionRefusal, editorAction, StaleVersionError } from "./editor-action";
import { sourceIdsFor } from "./source-links";
import { updateSnapshot } from "./update-records";

/** Posts a timeline update (markdown text, one or more sources), as a draft or published. */
export const saveUpdate = editorAction("saveUpdate", updateFormSchema, async (input, user) => {
  const slug = input.slug ?? slugFor(input.title, input.occurredOn);
  const clash = await prisma.update.findFirst({ where: { slug, NOT: input.id ? { id: input.id } : undefined }, select: { id: true } });
  if (clash) throw new ActionRefusal("Another update already has this address.", { slug: [`"${slug}" is taken: choose another address name.`] });
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
  const before = input.id ? await updateSnapshot(tx, input.id) : null;
  const fields = {
    slug,
    kind: input.kind,
    title: input.title,
    body: input.body,
    occurredAt: instantInZone(input.occurredOn, input.timeZone),
    timeZone: input.timeZone,
    timePrecision: "DAY" as const,
    roundId: input.roundId ?? null,
    publishedAt: input.intent === "publish" ? (before?.publishedAt ?? new Date()) : null,
  };
  let id: number;
  if (input.id) {
    const { count } = await tx.update.updateMany({ where: { id: input.id, version: input.version ?? 0 }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError("update", input.id, input.version ?? 0);
    id = input.id;
  } else {
    id = (await tx.update.create({ data: fields, select: { id: true } })).id;
  }
  await tx.update.update({
    where: { id },
    data: { issues: { set: input.issueIds.map((i) => ({ id: i })) }, sources: { set: sourceIds.map((s) => ({ id: s })) } },
  });
  const after = await updateSnapshot(tx, id);
  const action = !before ? "create" : !before.publishedAt && after.publishedAt ? "publish" : "update";
  await recordAudit(tx, { userId: user.id, action, entityType: "update", entityId: id, version: after.version, before: before ?? undefined, after });
  return { before, after };
}
