"use server";

import { prisma } from "../db";
import { recordAudit } from "../audit";
import { slugFor } from "../domain/slugs";
import { formatInstant, instantInZone, localDate } from "../domain/time";
import { tags } from "../queries/tags";
import { dueInstant, extendDeadlineSchema, resolveDeadlineSchema } from "../schemas/deadline";
import { ActionRefusal, editorAction, StaleVersionError } from "./editor-action";
import { sourceIdsFor } from "./source-links";

async function chainTags(chainRootId: number, issueSlug: string | null | undefined) {
  const links = await prisma.deadline.findMany({ where: { chainRootId }, select: { slug: true } });
  return [
    tags.deadlines,
    tags.issues,
    ...links.map((l) => tags.deadline(l.slug)),
    ...(issueSlug ? [tags.issue(issueSlug)] : []),
  ];
}

/**
 * An extension is a new deadline that supersedes the old one: the old one is marked extended
 * and kept as it was, so the chain keeps every date the deadline has had.
 */
export const extendDeadline = editorAction("extendDeadline", extendDeadlineSchema, async (input, user) => {
  const due = dueInstant(input);
  if (!due) throw new ActionRefusal("The new due date could not be read.");
  const newId = await prisma.$transaction(async (tx) => {
    const old = await tx.deadline.findUnique({
      where: { id: input.id },
      include: { sources: { select: { id: true } }, supersededBy: { select: { id: true } } },
    });
    if (!old) throw new ActionRefusal("This deadline no longer exists.");
    if (old.version !== input.version) throw new StaleVersionError("deadline", old.id, input.version);
    if (old.supersededBy)
      throw new ActionRefusal("This deadline was already extended; extend its latest date instead.");
    if (old.status !== "UPCOMING")
      throw new ActionRefusal(
        `This deadline is already ${old.status.toLowerCase()}; only an open deadline can be extended.`,
      );
    if (due.dueAt <= old.dueAt) {
      throw new ActionRefusal("An extension must move the deadline later.", {
        dueDate: [
          `The new date must come after the current one, ${formatInstant(old.dueAt, old.timeZone, old.timePrecision)}.`,
        ],
      });
    }
    const sourceIds = await sourceIdsFor(tx, input, user);
    const slug = await freeSlug(tx, `${slugFor(old.title)}-${localDate(due.dueAt, input.timeZone)}`);
    const extended = await tx.deadline.update({
      where: { id: old.id },
      data: { status: "EXTENDED", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "extend",
      entityType: "deadline",
      entityId: old.id,
      version: extended.version,
      before: old,
      after: extended,
    });
    const created = await tx.deadline.create({
      data: {
        slug,
        title: old.title,
        kind: old.kind,
        description: input.note ?? old.description,
        issueId: old.issueId,
        dueAt: due.dueAt,
        timeZone: input.timeZone,
        timePrecision: due.timePrecision,
        status: "UPCOMING",
        setBy: input.setBy,
        setOn: instantInZone(input.setOn, input.timeZone),
        supersedesId: old.id,
        chainRootId: old.chainRootId ?? old.id,
        sources: { connect: sourceIds.map((id) => ({ id })) },
      },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "create",
      entityType: "deadline",
      entityId: created.id,
      version: created.version,
      after: created,
    });
    return created.id;
  });
  const created = await prisma.deadline.findUniqueOrThrow({
    where: { id: newId },
    select: { chainRootId: true, issue: { select: { slug: true } } },
  });
  return {
    tags: await chainTags(created.chainRootId ?? newId, created.issue?.slug),
    redirectTo: `/edit/deadlines/${newId}?saved=extended`,
  };
});

/** Records how an open deadline ended: met, lapsed or moot, with what happened. */
export const resolveDeadline = editorAction("resolveDeadline", resolveDeadlineSchema, async (input, user) => {
  const deadline = await prisma.$transaction(async (tx) => {
    const old = await tx.deadline.findUnique({
      where: { id: input.id },
      include: { sources: { select: { id: true } } },
    });
    if (!old) throw new ActionRefusal("This deadline no longer exists.");
    if (old.version !== input.version) throw new StaleVersionError("deadline", old.id, input.version);
    if (old.status === "EXTENDED")
      throw new ActionRefusal("This deadline was extended; resolve its latest date instead.");
    const sourceIds = await sourceIdsFor(tx, input, user);
    const { count } = await tx.deadline.updateMany({
      where: { id: old.id, version: input.version },
      data: {
        status: input.status,
        resolutionNote: input.resolutionNote,
        resolvedAt: instantInZone(input.resolvedOn, old.timeZone),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new StaleVersionError("deadline", old.id, input.version);
    const updated = await tx.deadline.update({
      where: { id: old.id },
      data: { sources: { connect: sourceIds.map((id) => ({ id })) } },
      include: { issue: { select: { slug: true } } },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "resolve",
      entityType: "deadline",
      entityId: old.id,
      version: updated.version,
      before: old,
      after: updated,
    });
    return updated;
  });
  return {
    tags: await chainTags(deadline.chainRootId ?? deadline.id, deadline.issue?.slug),
    redirectTo: `/edit/deadlines/${deadline.id}?saved=resolved`,
  };
});

async function freeSlug(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wanted : `${wanted}-${n}`;
    if (!(await tx.deadline.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}
