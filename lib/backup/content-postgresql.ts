// The content export's PostgreSQL side (`pg`): what the tables are, their rows normalized, and
// loading rows back, then moving each SERIAL sequence past the ids that arrived.
import pg from "pg";
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

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;

// Prisma writes DateTime as `timestamp(3)` without time zone, in UTC. pg's default parser reads
// such a value as local time, which shifts every instant on a server not running in UTC.
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP || oid === TIMESTAMPTZ) return (text: string) => isoUtc(text, "timestamp");
    if (oid === INT8) return (text: string) => text;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const TYPES: Record<string, ColumnType> = {
  smallint: "int",
  integer: "int",
  bigint: "int",
  real: "float",
  "double precision": "float",
  text: "string",
  "character varying": "string",
  boolean: "boolean",
  "timestamp without time zone": "datetime",
  "timestamp with time zone": "datetime",
};

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
/** Rows per INSERT, well under PostgreSQL's 65535 parameters per statement. */
const PARAMETERS_PER_INSERT = 20_000;

async function describeTables(client: pg.Client): Promise<TableShape[]> {
  // One after another: a pg client runs one query at a time.
  const columns = await client.query<{
    table: string;
    name: string;
    data_type: string;
    nullable: boolean;
    enum: boolean;
  }>(
    `SELECT c.table_name AS table, c.column_name AS name, c.data_type, c.is_nullable = 'YES' AS nullable,
              EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                      WHERE t.typname = c.udt_name AND n.nspname = c.udt_schema AND t.typtype = 'e') AS enum
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  );
  const keys = await client.query<{ table: string; columns: string[] }>(
    `SELECT cl.relname AS table,
              array(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
                      JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum = k.n ORDER BY k.o) AS columns
         FROM pg_index i JOIN pg_class cl ON cl.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace
        WHERE i.indisprimary AND ns.nspname = current_schema()`,
  );
  const foreign = await client.query<{ table: string; referenced: string; columns: string[]; references: string[] }>(
    `SELECT cl.relname AS table, ref.relname AS referenced,
              array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
              array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o) AS references
         FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class ref ON ref.oid = con.confrelid
         JOIN pg_namespace ns ON ns.oid = cl.relnamespace
        WHERE con.contype = 'f' AND ns.nspname = current_schema()`,
  );
  const names = [...new Set(columns.rows.map((c) => c.table))].filter(isContentTable);
  return names.map((name) => {
    const shapes: ColumnShape[] = columns.rows
      .filter((c) => c.table === name)
      .map((c) => {
        const type = c.enum ? "string" : TYPES[c.data_type];
        if (!type) throw new Error(`${name}.${c.name}: column type ${c.data_type} is not one an export can hold`);
        return { name: c.name, type, nullable: c.nullable };
      });
    const primaryKey = keys.rows.find((k) => k.table === name)?.columns ?? [];
    const foreignKeys = foreign.rows
      .filter((f) => f.table === name)
      .map((f) => ({ table: f.referenced, columns: f.columns, references: f.references }));
    return { name, columns: canonicalColumns(shapes, primaryKey), primaryKey, foreignKeys };
  });
}

function normalize(value: unknown, column: ColumnShape, where: string): Value {
  if (value === null) return null;
  if (column.type === "int") {
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new Error(`${where}: ${String(value)} is too large for an export`);
    return number;
  }
  return value as Value;
}

/** What PostgreSQL is sent: a UTC instant without its zone, which a column without one would ignore anyway. */
const sent = (value: Value, column: ColumnShape) =>
  column.type === "datetime" && value !== null ? String(value).replace(/Z$/, "") : value;

export async function openPostgresqlContent(url: string): Promise<ContentStore> {
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  return {
    tables: () => describeTables(client),
    async rows(table) {
      const columns = table.columns.map((c) => quoted(c.name)).join(", ");
      const { rows } = await client.query<unknown[]>({
        text: `SELECT ${columns} FROM ${quoted(table.name)}`,
        rowMode: "array",
      });
      return rows.map((row) =>
        row.map((v, i) => normalize(v, table.columns[i]!, `${table.name}.${table.columns[i]!.name}`)),
      );
    },
    async load({ tables, batches, refuseUnlessEmpty }: LoadPlan) {
      await client.query("BEGIN");
      try {
        // Nobody else writes content while it is checked empty and filled.
        await client.query(`LOCK TABLE ${tables.map((t) => quoted(t.name)).join(", ")} IN EXCLUSIVE MODE`);
        const counts = await client.query<{ table: string; rows: number }>(
          tables
            .map((t, i) => `SELECT $${i + 1}::text AS table, count(*)::int AS rows FROM ${quoted(t.name)}`)
            .join(" UNION ALL "),
          tables.map((t) => t.name),
        );
        refuseUnlessEmpty(counts.rows);
        for (const { table, columns, rows } of batches) {
          const shapes = columns.map((name) => table.columns.find((c) => c.name === name)!);
          const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length));
          for (let start = 0; start < rows.length; start += perInsert) {
            const chunk = rows.slice(start, start + perInsert);
            const values = chunk.map(
              (_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
            );
            await client.query(
              `INSERT INTO ${quoted(table.name)} (${columns.map(quoted).join(", ")}) VALUES ${values.join(", ")}`,
              chunk.flatMap((row) => row.map((v, i) => sent(v, shapes[i]!))),
            );
          }
        }
        await resetSequences(client, tables);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    async close() {
      await client.end().catch(() => {});
    },
  };
}

/** Each SERIAL column's sequence to just past the largest id, so that new rows get fresh ones. */
async function resetSequences(client: pg.Client, tables: TableShape[]) {
  for (const table of tables)
    for (const column of table.columns.filter((c) => c.type === "int")) {
      const { rows } = await client.query<{ sequence: string | null }>(
        "SELECT pg_get_serial_sequence($1, $2) AS sequence",
        [quoted(table.name), column.name],
      );
      const sequence = rows[0]?.sequence;
      if (sequence)
        await client.query(
          `SELECT setval($1::regclass, coalesce((SELECT max(${quoted(column.name)}) FROM ${quoted(table.name)}), 0) + 1, false)`,
          [sequence],
        );
    }
}
