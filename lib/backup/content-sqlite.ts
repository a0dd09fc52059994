// The content export's SQLite side (better-sqlite3): what the tables are, their rows normalized,
// and loading rows back in Prisma's own storage format (DateTime as `…+00:00` text, Boolean 0/1).
import Database from "better-sqlite3";
import {
  canonicalColumns,
  isContentTable,
  isoUtc,
  type ColumnShape,
  type ColumnType,
  type TableShape,
  type Value,
} from "./content-format";
import type { ContentStore, LoadPlan } from "./content-store";

const BUSY_TIMEOUT_MS = 5000;

/** The declared types Prisma's SQLite migrations write. */
const TYPES: Record<string, ColumnType> = {
  INTEGER: "int",
  BIGINT: "int",
  REAL: "float",
  TEXT: "string",
  BOOLEAN: "boolean",
  DATETIME: "datetime",
};

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

function describeTables(db: Database.Database): TableShape[] {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return names.filter(isContentTable).map((name) => {
    const info = db.prepare(`PRAGMA table_info(${quoted(name)})`).all() as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    const columns: ColumnShape[] = info.map((c) => {
      const type = TYPES[c.type.toUpperCase()];
      if (!type) throw new Error(`${name}.${c.name}: column type ${c.type || "(none)"} is not one an export can hold`);
      return { name: c.name, type, nullable: c.notnull === 0 && c.pk === 0 };
    });
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const keys = db.prepare(`PRAGMA foreign_key_list(${quoted(name)})`).all() as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string;
    }[];
    const foreignKeys = [...new Set(keys.map((k) => k.id))].map((id) => {
      const parts = keys.filter((k) => k.id === id).sort((a, b) => a.seq - b.seq);
      return { table: parts[0]!.table, columns: parts.map((k) => k.from), references: parts.map((k) => k.to) };
    });
    return { name, columns: canonicalColumns(columns, primaryKey), primaryKey, foreignKeys };
  });
}

function normalize(value: unknown, column: ColumnShape, where: string): Value {
  if (value === null) return null;
  switch (column.type) {
    case "datetime":
      return isoUtc(value as string | number, where);
    case "boolean":
      return Boolean(value);
    case "int":
    case "float": {
      const number = Number(value);
      if (column.type === "int" ? !Number.isSafeInteger(number) : !Number.isFinite(number))
        throw new Error(`${where}: ${String(value)} is not a ${column.type}`);
      return number;
    }
    default:
      return String(value);
  }
}

function stored(value: Value, column: ColumnShape): unknown {
  if (value === null) return null;
  if (column.type === "datetime") return String(value).replace(/Z$/, "+00:00");
  if (column.type === "boolean") return value ? 1 : 0;
  return value;
}

export function openSqliteContent(file: string, { readonly = false } = {}): ContentStore {
  const db = new Database(file, { readonly, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  return {
    async tables() {
      return describeTables(db);
    },
    async rows(table) {
      const columns = table.columns.map((c) => quoted(c.name)).join(", ");
      const rows = db
        .prepare(`SELECT ${columns} FROM ${quoted(table.name)}`)
        .raw(true)
        .all() as unknown[][];
      return rows.map((row) =>
        row.map((v, i) => normalize(v, table.columns[i]!, `${table.name}.${table.columns[i]!.name}`)),
      );
    },
    async load({ tables, batches, refuseUnlessEmpty }: LoadPlan) {
      db.pragma("foreign_keys = ON");
      db.transaction(() => {
        refuseUnlessEmpty(
          tables.map((t) => ({
            table: t.name,
            rows: Number(
              db
                .prepare(`SELECT count(*) FROM ${quoted(t.name)}`)
                .pluck()
                .get(),
            ),
          })),
        );
        for (const { table, columns, rows } of batches) {
          const shapes = columns.map((name) => table.columns.find((c) => c.name === name)!);
          const insert = db.prepare(
            `INSERT INTO ${quoted(table.name)} (${columns.map(quoted).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          );
          for (const row of rows) insert.run(...row.map((v, i) => stored(v, shapes[i]!)));
        }
        // AUTOINCREMENT's counters (sqlite_sequence) follow the largest id inserted by themselves.
      }).immediate();
    },
    async close() {
      db.close();
    },
  };
}
