// What a build's prerendered pages were rendered from. They hold the database's content as the
// build saw it and absolute links to the origin it was given, so an instance serves them only when
// its own database content, origin and clock are the same; otherwise it renders each page afresh.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { withPgClient } from "../store/postgresql";
import { databaseFilePath, storeOf } from "../store/url";

export interface PagesStamp {
  origin: string;
  /** `contentStamp` of the database the build read. */
  content: string;
  /** PARLEY_CLOCK, when the clock was frozen. */
  clock: string | null;
}

/** Tables whose rows never show on a page: derived (the search index), or churn of sign-ins. */
const NOT_CONTENT = /^(sqlite_|_prisma_migrations$|SearchIndex|Session$|Verification$)/;

interface Column {
  name: string;
  type: string;
}

/**
 * A stamp of the database's content, changed by every insert, delete or edit Parley makes (its
 * editors' saves raise a version and `updatedAt` and add an audit row; imports and restores change
 * counts, ids and dates): per table its row count, highest rowid, latest `updatedAt` and the sum
 * of each integer column (versions, the ids of links). Aggregates, not a hash of every row:
 * ~5 ms on the 12 MB bench database where hashing every row takes half a second.
 */
export function contentStamp(databaseFile: string): string {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const hash = createHash("sha256");
    const read = db.transaction(() => {
      for (const table of tables.filter((name) => !NOT_CONTENT.test(name))) {
        const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
        const aggregates = [
          "count(*)",
          "max(rowid)",
          ...columns
            .filter((column) => column.name === "updatedAt" || /INT/i.test(column.type))
            .map((column) => (column.name === "updatedAt" ? `max("${column.name}")` : `total("${column.name}")`)),
        ];
        const row = db
          .prepare(`SELECT ${aggregates.join(", ")} FROM "${table}"`)
          .raw()
          .get();
        hash.update(`${table}\0${JSON.stringify(row)}\0`);
      }
    });
    read();
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

/**
 * The same stamp of a PostgreSQL database: per table its row count, highest id, latest `updatedAt`
 * and the sum of each integer column, read in one repeatable-read transaction (one snapshot).
 */
export async function postgresqlContentStamp(url: string): Promise<string> {
  return withPgClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const { rows: columns } = await client.query<{ table: string; column: string; type: string }>(
        `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type"
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
         ORDER BY c.table_name, c.ordinal_position`,
      );
      const tables = new Map<string, { column: string; type: string }[]>();
      for (const { table, column, type } of columns)
        if (!NOT_CONTENT.test(table)) tables.set(table, [...(tables.get(table) ?? []), { column, type }]);
      const hash = createHash("sha256");
      for (const table of [...tables.keys()].sort()) {
        const aggregates = [
          "count(*)",
          ...tables
            .get(table)!
            .filter(({ column, type }) => column === "updatedAt" || type === "integer")
            .map(({ column }) =>
              column === "updatedAt" ? `max("${column}")` : column === "id" ? `max("id")` : `sum("${column}")`,
            ),
        ];
        const { rows } = await client.query({
          text: `SELECT ${aggregates.join(", ")} FROM "${table}"`,
          rowMode: "array",
        });
        hash.update(`${table}\0${JSON.stringify(rows[0])}\0`);
      }
      return hash.digest("hex");
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

export async function pagesStamp(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<PagesStamp> {
  return {
    origin: env.PARLEY_ORIGIN ?? "",
    content:
      storeOf(databaseUrl) === "postgresql"
        ? await postgresqlContentStamp(databaseUrl)
        : contentStamp(databaseFilePath(databaseUrl)),
    clock: env.PARLEY_CLOCK || null,
  };
}

export const samePages = (a: PagesStamp | undefined, b: PagesStamp) =>
  a !== undefined && a.origin === b.origin && a.content === b.content && a.clock === b.clock;
