import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { ImmediateTransactions, WRITE_LOCK_WAIT_MS } from "./immediate-transactions";

export const DEFAULT_DATABASE_FILE = "data/parley.db";
const BUSY_TIMEOUT_MS = 5000;
// A transaction holds the write lock from its first statement, so its body must stay short; its
// start may wait longer, for the lock held by other processes' transactions.
const TRANSACTION_TIMEOUT_MS = 5000;

/** `DATABASE_URL` (a `file:` URL) or the default file under `data/`, as an absolute `file:` URL. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  return `file:${databaseFilePath(raw)}`;
}

/** The SQLite file a `file:` URL (or a bare path) names; any other address stops Parley with a clear message. */
export function databaseFilePath(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
  if (scheme && scheme.toLowerCase() !== "file")
    throw new Error(
      `DATABASE_URL names a ${scheme} database, which Parley cannot use yet: it runs on a SQLite file ` +
        "(DATABASE_URL=file:data/parley.db, or unset). PostgreSQL support is planned (docs/operations.md#postgresql).",
    );
  const file = url.replace(/^file:/, "");
  return file === ":memory:" ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}

/** A client whose transactions take the write lock first, waiting at most `lockWaitMs` for it. */
export function createPrismaClient(
  url: string = databaseUrl(),
  { lockWaitMs = WRITE_LOCK_WAIT_MS } = {},
): PrismaClient {
  const adapter = new ImmediateTransactions(new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS }), {
    busyTimeoutMs: BUSY_TIMEOUT_MS,
    lockWaitMs,
  });
  // Prisma's own limit on the start comes after the adapter's, which reports the SQLITE_BUSY behind it.
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: lockWaitMs + 1000, timeout: TRANSACTION_TIMEOUT_MS },
  });
}

export type { PrismaClient };
