"use server";

import { z } from "zod";
import { prisma } from "../db";
import { recordAudit } from "../audit";
import { isRestorable, restorableFields, type RestorableEntity } from "../domain/restorable";
import type { Prisma } from "../generated/prisma/client";
import { auditEventForRestore } from "../queries/editor";
import { tags } from "../queries/tags";
import { recordId, version } from "../schemas/form-fields";
import { ActionRefusal, editorAction, StaleVersionError } from "./editor-action";
import { roundPageTags, roundSnapshot } from "./round-records";
import { updateSnapshot } from "./update-records";

const restoreSchema = z.object({ eventId: recordId, currentVersion: version });

type Tx = Prisma.TransactionClient;

/** Delegates per kind of record, so one restore serves them all. */
function table(tx: Tx, entityType: RestorableEntity) {
  const tables = {
    round: tx.round,
    update: tx.update,
    issue: tx.issue,
    deadline: tx.deadline,
    participant: tx.participant,
    source: tx.source,
    expectation: tx.expectation,
  };
  return tables[entityType] as unknown as {
    findUnique(args: {
      where: { id: number };
    }): Promise<(Record<string, unknown> & { id: number; version: number }) | null>;
    updateMany(args: {
      where: { id: number; version: number };
      data: Record<string, unknown>;
    }): Promise<{ count: number }>;
  };
}

/**
 * An admin brings a record back to an earlier version. The restore is itself a new version,
 * audited like any change, so nothing in the history is lost.
 */
export const restoreVersion = editorAction(
  "restoreVersion",
  restoreSchema,
  async ({ eventId, currentVersion }, admin) => {
    const event = await auditEventForRestore(eventId);
    if (!event?.after || !isRestorable(event.entityType)) throw new ActionRefusal("That version cannot be restored.");
    const entityType = event.entityType;
    const snapshot = JSON.parse(event.after) as Record<string, unknown>;

    const touched = await prisma.$transaction(async (tx) => {
      const records = table(tx, entityType);
      const read = () =>
        entityType === "round"
          ? roundSnapshot(tx, event.entityId)
          : entityType === "update"
            ? updateSnapshot(tx, event.entityId)
            : records.findUnique({ where: { id: event.entityId } });
      const before = await read();
      if (!before) throw new ActionRefusal("This record no longer exists.");
      const { count } = await records.updateMany({
        where: { id: event.entityId, version: currentVersion },
        data: { ...restorableFields(entityType, snapshot), version: { increment: 1 } },
      });
      if (count === 0) throw new StaleVersionError(entityType, event.entityId, currentVersion);
      if (entityType === "round") await restoreRoundLinks(tx, event.entityId, snapshot);
      if (entityType === "update") await restoreLinks(tx, "update", event.entityId, snapshot);
      const after = await read();
      await recordAudit(tx, {
        userId: admin.id,
        action: "restore",
        entityType,
        entityId: event.entityId,
        version: currentVersion + 1,
        before,
        after: { ...after, restoredFrom: event.version },
      });
      return { before, after };
    });
    return {
      tags: await tagsFor(entityType, [touched.before, touched.after]),
      redirectTo: `/edit/history/${entityType}/${event.entityId}?restored=${event.version}`,
    };
  },
  { role: "admin" },
);

async function restoreRoundLinks(tx: Tx, roundId: number, snapshot: Record<string, unknown>) {
  const participations = (snapshot.participations ?? []) as {
    participantId: number;
    role: "LEAD" | "DELEGATE" | "HOST";
    note: string | null;
  }[];
  await tx.participation.deleteMany({ where: { roundId } });
  await tx.participation.createMany({ data: participations.map((p) => ({ roundId, ...p })) });
  await restoreLinks(tx, "round", roundId, snapshot);
}

/** Links back to the issues and sources the version had, skipping any deleted since. */
async function restoreLinks(tx: Tx, kind: "round" | "update", id: number, snapshot: Record<string, unknown>) {
  const [issues, sources] = await Promise.all([
    tx.issue.findMany({ where: { id: { in: (snapshot.issueIds ?? []) as number[] } }, select: { id: true } }),
    tx.source.findMany({ where: { id: { in: (snapshot.sourceIds ?? []) as number[] } }, select: { id: true } }),
  ]);
  const data = { issues: { set: issues }, sources: { set: sources } };
  if (kind === "round") await tx.round.update({ where: { id }, data });
  else await tx.update.update({ where: { id }, data });
}

async function tagsFor(entityType: RestorableEntity, records: (Record<string, unknown> | null)[]): Promise<string[]> {
  const slugs = records.map((r) => r?.slug).filter((s): s is string => typeof s === "string");
  switch (entityType) {
    case "round": {
      const pages = await roundPageTags(prisma, records as Awaited<ReturnType<typeof roundSnapshot>>[]);
      return [
        tags.rounds,
        tags.participants,
        ...pages.roundSlugs.map(tags.round),
        ...pages.issueSlugs.map(tags.issue),
        ...pages.participantSlugs.map(tags.participant),
      ];
    }
    case "update": {
      const issueSlugs = records.flatMap((r) => (r?.issueSlugs ?? []) as string[]);
      const roundSlugs = records.map((r) => r?.roundSlug).filter((s): s is string => typeof s === "string");
      return [tags.updates, ...issueSlugs.map(tags.issue), ...roundSlugs.map(tags.round)];
    }
    case "issue":
      return [tags.issues, ...slugs.map(tags.issue)];
    case "deadline":
      return [tags.deadlines, tags.issues, ...slugs.map(tags.deadline)];
    case "participant":
      return [tags.participants, tags.rounds, ...slugs.map(tags.participant)];
    case "source":
      return [tags.sources];
    case "expectation": {
      const roundIds = records.map((r) => r?.roundId).filter((id): id is number => typeof id === "number");
      const rounds = await prisma.round.findMany({ where: { id: { in: roundIds } }, select: { slug: true } });
      return rounds.map((r) => tags.round(r.slug));
    }
  }
}
