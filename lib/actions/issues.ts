"use server";

import { prisma } from "../db";
import { ISSUE_STATUS_LABELS } from "../domain/labels";
import { instantInZone } from "../domain/time";
import { tags } from "../queries/tags";
import { statusChangeSchema } from "../schemas/issue-status";
import { ActionRefusal, editorAction } from "./editor-action";
import { sourceIdsFor } from "./source-links";
import { saveVersioned } from "./versioned-save";

/** Appends a step to an issue's status history; the history is never rewritten. */
export const changeIssueStatus = editorAction("changeIssueStatus", statusChangeSchema, async (input, user) => {
  const { after: issue } = await prisma.$transaction((tx) =>
    saveVersioned(tx, {
      entity: "issue",
      id: input.issueId,
      version: input.version,
      user,
      snapshot: (id) => tx.issue.findUnique({ where: { id } }),
      check: (before) => {
        if (before.status === input.toStatus) {
          throw new ActionRefusal("A status change must change the status.", {
            toStatus: [`The issue is already “${ISSUE_STATUS_LABELS[before.status]}”.`],
          });
        }
      },
      fields: () => ({ status: input.toStatus }),
      updateMany: (args) => tx.issue.updateMany(args),
      link: async (id, before) => {
        const sourceIds = await sourceIdsFor(tx, input, user);
        await tx.issueStatusChange.create({
          data: {
            issueId: id,
            fromStatus: before!.status,
            toStatus: input.toStatus,
            changedAt: instantInZone(input.changedOn, input.timeZone),
            timeZone: input.timeZone,
            note: input.note,
            roundId: input.roundId ?? null,
            sources: { connect: sourceIds.map((sourceId) => ({ id: sourceId })) },
          },
        });
      },
      action: () => "status-change",
    }),
  );
  // Round pages showing this issue's status carry its tag (see getRound).
  return { tags: [tags.issues, tags.issue(issue.slug)], redirectTo: `/edit/issues/${issue.id}?saved=1` };
});
