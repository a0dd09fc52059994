"use server";

import { prisma } from "../db";
import { recordAudit } from "../audit";
import { ISSUE_STATUS_LABELS } from "../domain/labels";
import { instantInZone } from "../domain/time";
import { tags } from "../queries/tags";
import { statusChangeSchema } from "../schemas/issue-status";
import { ActionRefusal, editorAction, StaleVersionError } from "./editor-action";
import { sourceIdsFor } from "./source-links";

/** Appends a step to an issue's status history; the history is never rewritten. */
export const changeIssueStatus = editorAction("changeIssueStatus", statusChangeSchema, async (input, user) => {
  const issue = await prisma.$transaction(async (tx) => {
    const before = await tx.issue.findUnique({ where: { id: input.issueId } });
    if (!before) throw new ActionRefusal("This issue no longer exists.");
    if (before.version !== input.version) throw new StaleVersionError("issue", before.id, input.version);
    if (before.status === input.toStatus) {
      throw new ActionRefusal("A status change must change the status.", {
        toStatus: [`The issue is already “${ISSUE_STATUS_LABELS[before.status]}”.`],
      });
    }
    const sourceIds = await sourceIdsFor(tx, input, user);
    const { count } = await tx.issue.updateMany({
      where: { id: before.id, version: input.version },
      data: { status: input.toStatus, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError("issue", before.id, input.version);
    await tx.issueStatusChange.create({
      data: {
        issueId: before.id,
        fromStatus: before.status,
        toStatus: input.toStatus,
        changedAt: instantInZone(input.changedOn, input.timeZone),
        timeZone: input.timeZone,
        note: input.note,
        roundId: input.roundId ?? null,
        sources: { connect: sourceIds.map((id) => ({ id })) },
      },
    });
    const after = await tx.issue.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      userId: user.id,
      action: "status-change",
      entityType: "issue",
      entityId: before.id,
      version: after.version,
      before,
      after,
    });
    return after;
  });
  // Round pages showing this issue's status carry its tag (see getRound).
  return { tags: [tags.issues, tags.issue(issue.slug)], redirectTo: `/edit/issues/${issue.id}?saved=1` };
});
