"use server";

import { prisma } from "../db";
import { recordAudit } from "../audit";
import { slugFor } from "../domain/slugs";
import { formatInstant, instantInZone, localDate } from "../domain/time";
import type { Prisma } from "../generated/prisma/client";
import { tags } from "../queries/tags";
import { dueInstant, extendDeadlineSchema, resolveDeadlineSchema } from "../schemas/deadline";
import { ActionRefusal, editorAction } from "./editor-action";
import { sourceIdsFor } from "./source-links";
import { saveVersioned } from "./versioned-save";

/** A deadline as the audit log keeps it, with its sources, its issue and what extended it; null when there is none. */
function deadlineSnapshot(tx: Prisma.TransactionClient, id: number) {
  return tx.deadline.findUnique({
    where: { id },
    include: {
      sources: { select: { id: true } },
      supersededBy: { select: { id: true } },
      issue: { select: { slug: true } },
    },
  });
}

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
    const { after: old } = await saveVersioned(tx, {
      entity: "deadline",
      id: input.id,
      version: input.version,
      user,
      snapshot: (id) => deadlineSnapshot(tx, id),
      check: (old) => {
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
      },
      fields: () => ({ status: "EXTENDED" as const }),
      updateMany: (args) => tx.deadline.updateMany(args),
      action: () => "extend",
    });
    const sourceIds = await sourceIdsFor(tx, input, user);
    const slug = await freeSlug(tx, `${slugFor(old.title)}-${localDate(due.dueAt, input.timeZone)}`);
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
  const { after: deadline } = await prisma.$transaction((tx) =>
    saveVersioned(tx, {
      entity: "deadline",
      id: input.id,
      version: input.version,
      user,
      snapshot: (id) => deadlineSnapshot(tx, id),
      check: (old) => {
        if (old.status === "EXTENDED")
          throw new ActionRefusal("This deadline was extended; resolve its latest date instead.");
      },
      fields: (old) => ({
        status: input.status,
        resolutionNote: input.resolutionNote,
        resolvedAt: instantInZone(input.resolvedOn, old!.timeZone),
      }),
      updateMany: (args) => tx.deadline.updateMany(args),
      link: async (id) => {
        const sourceIds = await sourceIdsFor(tx, input, user);
        await tx.deadline.update({
          where: { id },
          data: { sources: { connect: sourceIds.map((sourceId) => ({ id: sourceId })) } },
        });
      },
      action: () => "resolve",
    }),
  );
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
