import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "./generated/prisma/client";

export type AuditedEntity =
  "round" | "update" | "issue" | "deadline" | "participant" | "source" | "expectation" | "user";

export interface AuditEntry {
  userId: string | null;
  action: string;
  entityType: AuditedEntity;
  entityId: number;
  version: number;
  before?: unknown;
  after?: unknown;
}

/** A record a change wrote, as the log names it: no field values. */
export interface AuditedRecord {
  entity: AuditedEntity;
  id: number;
  version: number;
  change: string;
}

const auditedInThisCall = new AsyncLocalStorage<AuditedRecord[]>();

/** Runs `work` and returns, with its result, every record it wrote an audit row for. */
export async function withAuditedRecords<T>(work: () => Promise<T>): Promise<{ result: T; audited: AuditedRecord[] }> {
  const audited: AuditedRecord[] = [];
  const result = await auditedInThisCall.run(audited, work);
  return { result, audited };
}

/** A record as stable JSON: dates as ISO strings, keys sorted, so snapshots compare and diff cleanly. */
export function snapshot(record: unknown): string {
  return JSON.stringify(record, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return typeof value === "bigint" ? value.toString() : value;
  });
}

/** Writes the audit row for a change, inside the change's own transaction. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      version: entry.version,
      before: entry.before === undefined ? null : snapshot(entry.before),
      after: entry.after === undefined ? null : snapshot(entry.after),
    },
  });
  auditedInThisCall
    .getStore()
    ?.push({ entity: entry.entityType, id: entry.entityId, version: entry.version, change: entry.action });
}

/** The fields that differ between two snapshots, with both values as text. */
export function changedFields(was: string | null, now: string | null): { field: string; was: string; now: string }[] {
  const before = (was ? JSON.parse(was) : {}) as Record<string, unknown>;
  const after = (now ? JSON.parse(now) : {}) as Record<string, unknown>;
  const ignored = new Set(["version", "updatedAt", "createdAt"]);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !ignored.has(f));
  const text = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, was: text(before[field]), now: text(after[field]) }));
}
