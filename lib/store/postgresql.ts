// Plain `pg` connections for the steps that run beside Prisma's client: creating the database,
// reading the migration history, start-up locks. Node only; not for the Next bundle.
import pg from "pg";

/** Runs `fn` on one connection to `url`, closed afterwards however `fn` ends. */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The database a URL names. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("DATABASE_URL names no database (postgresql://user:password@host:5432/DATABASE)");
  return name;
}

/** The same server's `postgres` database, where databases are created and dropped. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = "/postgres";
  return parsed.toString();
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export async function databaseExists(url: string): Promise<boolean> {
  return withPgClient(maintenanceUrl(url), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName(url)]);
    return (rowCount ?? 0) > 0;
  });
}

/** Creates the database `url` names unless it exists; the role must be allowed to (CREATEDB). */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  if (await databaseExists(url)) return false;
  await withPgClient(maintenanceUrl(url), async (client) => {
    await client.query(`CREATE DATABASE ${quoted(databaseName(url))}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // created meanwhile by another instance
    });
  });
  return true;
}

/** Drops the database `url` names, closing other sessions on it (PostgreSQL 13 and later). */
export async function dropDatabase(url: string): Promise<void> {
  await withPgClient(maintenanceUrl(url), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoted(databaseName(url))} WITH (FORCE)`),
  );
}
