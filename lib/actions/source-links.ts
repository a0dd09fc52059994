import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import type { SignedInUser } from "../auth/session";
import { ActionRefusal } from "./editor-action";

export interface SourceFields {
  sourceIds: number[];
  sourceUrl?: string;
  sourcePublisher?: string;
  sourceTitle?: string;
  sourceDate?: string;
}

/**
 * The ids of the sources an editor picked, plus the one typed in with the record (reused when
 * its address is already known, else created and audited in the same transaction).
 */
export async function sourceIdsFor(
  tx: Prisma.TransactionClient,
  input: SourceFields,
  user: SignedInUser,
): Promise<number[]> {
  const ids = new Set(input.sourceIds);
  if (input.sourceUrl && input.sourcePublisher && input.sourceTitle) {
    const existing = await tx.source.findUnique({ where: { url: input.sourceUrl }, select: { id: true } });
    if (existing) {
      ids.add(existing.id);
    } else {
      const source = await tx.source.create({
        data: {
          url: input.sourceUrl,
          publisher: input.sourcePublisher,
          title: input.sourceTitle,
          publishedOn: input.sourceDate ? new Date(`${input.sourceDate}T00:00:00Z`) : null,
        },
      });
      await recordAudit(tx, {
        userId: user.id,
        action: "create",
        entityType: "source",
        entityId: source.id,
        version: source.version,
        after: source,
      });
      ids.add(source.id);
    }
  }
  const found = await tx.source.count({ where: { id: { in: [...ids] } } });
  if (found !== ids.size)
    throw new ActionRefusal("A source you picked no longer exists.", {
      sourceIds: ["Pick the sources again: one of them was removed."],
    });
  return [...ids];
}
