import "server-only";
import { recordAudit, type AuditedEntity } from "../audit";
import type { SignedInUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { ActionRefusal, StaleVersionError } from "./editor-action";

interface VersionedSave<Fields, Snapshot extends { version: number }> {
  entity: AuditedEntity;
  /** The record's id and the version the editor saw; no id creates one. */
  id?: number;
  version?: number;
  user: SignedInUser;
  /** The record as the audit log keeps it, or null when there is none. */
  snapshot: (id: number) => Promise<Snapshot | null>;
  /** A rule the record as it stands must meet, checked once the version is known to be current. */
  check?: (before: Snapshot) => void | Promise<void>;
  /** The fields to write, which may depend on what was there (a draft keeps its first publication). */
  fields: (before: Snapshot | null) => Fields;
  updateMany: (args: {
    where: { id: number; version: number };
    data: Fields & { version: { increment: number } };
  }) => Promise<{ count: number }>;
  /** How to create the record; without it, only existing records are saved. */
  create?: (args: { data: Fields; select: { id: true } }) => Promise<{ id: number }>;
  /** Writes the record's links (issues, sources, participants) once its row is written. */
  link?: (id: number, before: Snapshot | null) => Promise<unknown>;
  /** The audit action; "create" or "update" unless said otherwise. */
  action?: (before: Snapshot | null, after: Snapshot) => string;
}

/**
 * Saves an editor's form over the record they opened, inside the caller's transaction: a record
 * that has gone since is refused, a save based on a version another editor has replaced is a
 * conflict and writes nothing, and the write is audited in the same transaction.
 */
export async function saveVersioned<Fields, Snapshot extends { version: number }>(
  tx: Prisma.TransactionClient,
  save: VersionedSave<Fields, Snapshot>,
): Promise<{ id: number; before: Snapshot | null; after: Snapshot }> {
  const { entity, id, version, user } = save;
  const before = id ? await save.snapshot(id) : null;
  if (id && !before) throw new ActionRefusal(`This ${entity} no longer exists; nothing was saved.`);
  // A save from an outdated form is a conflict before anything else is said about it.
  if (id && before!.version !== version) throw new StaleVersionError(entity, id, version ?? 0);
  if (before) await save.check?.(before);
  const fields = save.fields(before);
  let savedId: number;
  if (id && version) {
    // Another save can land between the read above and this write: the version decides.
    const { count } = await save.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(entity, id, version);
    savedId = id;
  } else {
    if (!save.create) throw new Error(`A ${entity} can only be edited here, not created`);
    savedId = (await save.create({ data: fields, select: { id: true } })).id;
  }
  await save.link?.(savedId, before);
  const after = (await save.snapshot(savedId))!;
  const action = save.action?.(before, after) ?? (before ? "update" : "create");
  await recordAudit(tx, {
    userId: user.id,
    action,
    entityType: entity,
    entityId: savedId,
    version: after.version,
    before: before ?? undefined,
    after,
  });
  return { id: savedId, before, after };
}
