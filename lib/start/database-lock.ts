// One starting instance at a time per database, for the steps that write to it (migrate, seed).
import { createHash } from "node:crypto";
import { maintenanceUrl, withPgClient } from "../store/postgresql";
import { databaseFilePath, storeOf } from "../store/url";
import { takeWhenFree, withExclusiveLock, type LockOptions } from "./exclusive-lock";

/**
 * Runs `fn` holding the database's start lock. SQLite: an exclusive transaction on a file beside
 * the database. PostgreSQL: a session advisory lock, taken on the server's maintenance database
 * (the site's database may not exist yet). Either way the lock goes with its holder's connection,
 * so an instance that dies holding it leaves nothing behind.
 */
export async function withDatabaseLock<T>(url: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  if (storeOf(url) === "sqlite") return withExclusiveLock(`${databaseFilePath(url)}.start-lock`, fn, options);
  const database = new URL(url).pathname;
  // Advisory locks are keyed by a 64-bit integer: the first 8 bytes of a hash of the database's name.
  const key = createHash("sha256").update(`parley-start:${database}`).digest().readBigInt64BE(0).toString();
  return withPgClient(maintenanceUrl(url), async (client) => {
    await takeWhenFree(
      async () => {
        const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [
          key,
        ]);
        return rows[0]?.locked === true;
      },
      `the start lock of ${database}`,
      options,
    );
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key]);
    }
  });
}
