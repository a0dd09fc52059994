// Which store DATABASE_URL names. A `file:` URL (or none) is the embedded SQLite default; a
// `postgresql://` (or `postgres://`) URL is a PostgreSQL server. Anything else stops Parley with a
// message, never read as a path.
import path from "node:path";

export type Store = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_FILE = "data/parley.db";

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** The store a database URL names; throws with a clear message for one Parley cannot use. */
export function storeOf(url: string): Store {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (!scheme || scheme === "file") return "sqlite";
  if (scheme === "postgresql" || scheme === "postgres") return "postgresql";
  throw new Error(
    `DATABASE_URL names a ${scheme} database, which Parley cannot use: set it to a SQLite file ` +
      "(file:data/parley.db, or leave it unset) or a PostgreSQL server (postgresql://user:password@host:5432/database).",
  );
}

/** `DATABASE_URL`, or the default SQLite file; a SQLite URL is made absolute. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  return storeOf(raw) === "sqlite" ? `file:${databaseFilePath(raw)}` : raw;
}

/** The SQLite file a `file:` URL (or a bare path) names; any other address stops with a clear message. */
export function databaseFilePath(url: string): string {
  if (storeOf(url) !== "sqlite")
    throw new Error(`${describeDatabase(url)} is a PostgreSQL server, not a SQLite file: this step needs a file`);
  const file = url.replace(/^file:(\/\/(?=\/))?/, "");
  return file === ":memory:" ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}

/** The database for messages and logs: a file path, or a server URL without its password. */
export function describeDatabase(url: string): string {
  if (storeOf(url) === "sqlite") return databaseFilePath(url);
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
