// What the content export needs from a store; lib/backup/content-sqlite.ts and
// content-postgresql.ts provide it.
import type { TableShape, Value } from "./content-format";

export interface LoadBatch {
  table: TableShape;
  columns: string[];
  rows: Value[][];
}

export interface LoadPlan {
  /** Every content table of the database. */
  tables: TableShape[];
  /** Rows to insert, in this order (tables and rows in reference order). */
  batches: LoadBatch[];
  /** Throws when the database holds content; called inside the transaction, before any insert. */
  refuseUnlessEmpty(counts: { table: string; rows: number }[]): void;
}

export interface ContentStore {
  /** The content tables: no sessions, migration history or search index. */
  tables(): Promise<TableShape[]>;
  /** A table's rows, normalized, in the order of `table.columns`; unsorted. */
  rows(table: TableShape): Promise<Value[][]>;
  /** Inserts the plan in one transaction: all of it, or nothing. */
  load(plan: LoadPlan): Promise<void>;
  close(): Promise<void>;
}
