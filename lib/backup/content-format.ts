// The JSON content export (`npm run db:export`), the same bytes whichever store wrote it: values
// are normalized by column type, columns, rows and tables come in an order neither store's
// collation or column layout decides, and the schema is named by what both stores share.
import { createHash } from "node:crypto";

/** What a column holds, whatever either store calls it (an enum is a string on both). */
export type ColumnType = "int" | "float" | "string" | "boolean" | "datetime";

/** A normalized value: a DateTime is ISO-8601 UTC with milliseconds (`…Z`). */
export type Value = number | string | boolean | null;

export interface ColumnShape {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

export interface TableShape {
  name: string;
  /** Primary key first, then by name: Prisma adds a column at the end on one store and in place on the other. */
  columns: ColumnShape[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export const CONTENT_FORMAT = "parley-content";
export const CONTENT_VERSION = 2;

export interface ContentExport {
  format: typeof CONTENT_FORMAT;
  version: typeof CONTENT_VERSION;
  /** `schemaFingerprint` of the tables exported: migration names differ between the stores. */
  schema: string;
  tables: Record<string, { columns: string[]; rows: Value[][] }>;
}

/**
 * Tables that are not content: migration history, sessions, and the search index (derived: the
 * triggers that keep it in sync rebuild it as rows arrive, on both stores).
 */
export function isContentTable(name: string): boolean {
  return (
    !["_prisma_migrations", "Session", "Verification"].includes(name) &&
    !name.startsWith("sqlite_") &&
    !name.startsWith("SearchIndex")
  );
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalColumns(columns: ColumnShape[], primaryKey: string[]): ColumnShape[] {
  const rank = (name: string) => (primaryKey.includes(name) ? primaryKey.indexOf(name) : primaryKey.length);
  return [...columns].sort((a, b) => rank(a.name) - rank(b.name) || byCodeUnit(a.name, b.name));
}

/** A short hash of every table's columns with their types: equal exactly when an export fits. */
export function schemaFingerprint(tables: TableShape[]): string {
  const shape = [...tables]
    .sort((a, b) => byCodeUnit(a.name, b.name))
    .map((t) => [
      t.name,
      [...t.columns]
        .sort((a, b) => byCodeUnit(a.name, b.name))
        .map((c) => `${c.name}:${c.type}${c.nullable ? "?" : ""}`),
    ]);
  return `sha256:${createHash("sha256").update(JSON.stringify(shape)).digest("hex").slice(0, 16)}`;
}

const typeRank = (v: Value) => (v === null ? 0 : typeof v === "boolean" ? 1 : typeof v === "number" ? 2 : 3);

export function compareValues(a: Value, b: Value): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0 || a === b) return rank;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean") return a ? 1 : -1;
  // Code units, not a locale: the two stores' collations may disagree, JavaScript never does.
  return byCodeUnit(String(a), String(b));
}

/** Rows by primary key, then by every column (join tables have a primary key on one store only). */
export function sortRows(table: TableShape, rows: Value[][]): Value[][] {
  const keys = [...table.primaryKey, ...table.columns.map((c) => c.name)].map((name) =>
    table.columns.findIndex((c) => c.name === name),
  );
  return [...rows].sort((x, y) => {
    for (const i of keys) {
      const order = compareValues(x[i]!, y[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
}

export function buildExport(tables: TableShape[], rowsOf: Map<string, Value[][]>): ContentExport {
  const exported: ContentExport["tables"] = {};
  for (const table of [...tables].sort((a, b) => byCodeUnit(a.name, b.name)))
    exported[table.name] = {
      columns: table.columns.map((c) => c.name),
      rows: sortRows(table, rowsOf.get(table.name) ?? []),
    };
  return { format: CONTENT_FORMAT, version: CONTENT_VERSION, schema: schemaFingerprint(tables), tables: exported };
}

/** The bytes of an export file. */
export function serializeContent(data: ContentExport): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** A DateTime as ISO-8601 UTC with milliseconds; text without a zone is UTC (as Prisma writes it). */
export function isoUtc(value: string | number | Date, where: string): string {
  const text =
    typeof value === "string" && /^\d{4}-\d\d-\d\d([ T]\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(value.trim())
      ? `${value.trim().replace(" ", "T")}${value.includes(":") ? "Z" : "T00:00:00Z"}`
      : value;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`${where}: ${JSON.stringify(value)} is not a date and time`);
  return date.toISOString();
}

/** Checks a value read from an export against the column it goes into. */
export function checkValue(value: unknown, column: ColumnShape, where: string): Value {
  if (value === null) {
    if (column.nullable) return null;
    throw new Error(`${where}: ${column.name} cannot be null`);
  }
  const ok =
    column.type === "int"
      ? Number.isSafeInteger(value)
      : column.type === "float"
        ? typeof value === "number" && Number.isFinite(value)
        : column.type === "boolean"
          ? typeof value === "boolean"
          : column.type === "datetime"
            ? typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value)
            : typeof value === "string";
  if (!ok) throw new Error(`${where}: ${column.name} should be a ${column.type}, not ${JSON.stringify(value)}`);
  return value as Value;
}
