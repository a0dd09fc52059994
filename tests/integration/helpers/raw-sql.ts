// Reading a test database beside the app's client, on either store: better-sqlite3 on a SQLite
// file, a `pg` connection on PostgreSQL. SQL given here must read the same on both (quoted
// identifiers, `$1` placeholders, no store-only functions), or be chosen per store by the caller.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { withPgClient } from "../../../lib/store/postgresql";
import { databaseFilePath, storeOf } from "../../../lib/store/url";

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

// One connection per PostgreSQL database, kept until closeReaders(): a test that snapshots the
// database around every action would spend most of its time connecting otherwise.
const pgReaders = new Map<string, Promise<pg.Client>>();

function pgReader(url: string): Promise<pg.Client> {
  let reader = pgReaders.get(url);
  if (!reader) {
    const client = new pg.Client({ connectionString: url });
    // Dropping the database ends the connection: the next reader connects anew.
    client.on("error", () => pgReaders.delete(url));
    reader = client.connect().then(() => client);
    reader.catch(() => pgReaders.delete(url));
    pgReaders.set(url, reader);
  }
  return reader;
}

/** Closes the connection kept to `url`, if any (freshDatabase's cleanup does, before dropping it). */
export async function closeReaders(url: string): Promise<void> {
  const reader = pgReaders.get(url);
  pgReaders.delete(url);
  await reader?.then((client) => client.end()).catch(() => {});
}

/** Runs `fn` with a read connection to the database `url` names. */
async function withReader<T>(url: string, fn: (query: Query) => Promise<T>): Promise<T> {
  if (storeOf(url) === "postgresql") {
    const client = await pgReader(url);
    return fn(async (sql, params = []) => (await client.query(sql, params)).rows);
  }
  const db = new Database(databaseFilePath(url), { readonly: true, fileMustExist: true });
  try {
    return await fn(async <R>(sql: string, params: unknown[] = []) => {
      // PostgreSQL's `$1` placeholders read as SQLite named parameters "1", "2"…
      const named = Object.fromEntries(params.map((value, i) => [String(i + 1), value]));
      return (params.length > 0 ? db.prepare(sql).all(named) : db.prepare(sql).all()) as R[];
    });
  } finally {
    db.close();
  }
}

/** The rows `sql` returns from the database `url` names. */
export function rawQuery<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withReader(url, (query) => query<T>(sql, params));
}

/** Runs statements that change the database (a script of several statements on either store). */
export async function rawExecute(url: string, sql: string): Promise<void> {
  if (storeOf(url) === "postgresql") {
    await withPgClient(url, (client) => client.query(sql));
    return;
  }
  const db = new Database(databaseFilePath(url));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

const tablesOf = async (query: Query, store: "sqlite" | "postgresql") =>
  (
    await query<{ name: string }>(
      store === "postgresql"
        ? "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"
        : "SELECT name FROM sqlite_master WHERE type = 'table'",
    )
  ).map((row) => row.name);

/** The database's own tables (not the catalogue's). */
export function tableNames(url: string): Promise<string[]> {
  return withReader(url, (query) => tablesOf(query, storeOf(url)));
}

/** Every row of every table but the migration history (and `except`), each table's rows as sorted JSON lines. */
export function everyRow(url: string, except: (table: string) => boolean = () => false) {
  return withReader(url, async (query) => {
    const store = storeOf(url);
    const tables = (await tablesOf(query, store))
      .filter((name) => name !== "_prisma_migrations" && !except(name))
      .sort();
    const all: Record<string, string[]> = {};
    if (store === "postgresql") {
      // One round trip for all tables (a query per table makes a snapshot ~30 times slower here).
      const [row] = await query<Record<string, unknown[]>>(
        `SELECT ${tables.map((table, i) => `(SELECT coalesce(json_agg(x), '[]') FROM "${table}" x) AS t${i}`).join(", ")}`,
      );
      tables.forEach((table, i) => (all[table] = row![`t${i}`]!.map((each) => JSON.stringify(each)).sort()));
      return all;
    }
    for (const table of tables) {
      const rows = await query<Record<string, unknown>>(`SELECT * FROM "${table}"`);
      all[table] = rows
        .map((row) =>
          JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
        )
        .sort();
    }
    return all;
  });
}

/**
 * The content and accounts an action could change, as rows: every table but sessions and
 * verifications (which signing in writes) and the search index (derived from the rest by triggers).
 */
export function contentRows(url: string) {
  return everyRow(url, (table) => ["Session", "Verification"].includes(table) || table.startsWith("SearchIndex"));
}

/**
 * A hash that moves with any change to the database: every row of every table, and on SQLite the
 * file and its write-ahead log byte for byte.
 */
export async function databaseFingerprint(url: string): Promise<string> {
  const hash = createHash("sha256");
  if (storeOf(url) === "sqlite") {
    const file = databaseFilePath(url);
    for (const each of [file, `${file}-wal`]) hash.update(existsSync(each) ? readFileSync(each) : "absent");
  }
  return hash.update(JSON.stringify(await everyRow(url))).digest("hex");
}
