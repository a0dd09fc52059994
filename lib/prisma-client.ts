import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "./generated/prisma-postgresql/client";
import { ImmediateTransactions, WRITE_LOCK_WAIT_MS } from "./immediate-transactions";
import { databaseUrl, storeOf } from "./store/url";

export { DEFAULT_DATABASE_FILE, databaseFilePath, databaseUrl, describeDatabase, storeOf } from "./store/url";
export type { Store } from "./store/url";

const BUSY_TIMEOUT_MS = 5000;
// A transaction holds the write lock from its first statement, so its body must stay short; its
// start may wait longer, for the lock held by other processes' transactions.
const TRANSACTION_TIMEOUT_MS = 5000;
/** Connections per process to a PostgreSQL server; every instance of a site opens this many. */
const POSTGRESQL_POOL_SIZE = 10;

/**
 * A client for the database `url` names. On SQLite its transactions take the write lock first,
 * waiting at most `lockWaitMs` for it; on PostgreSQL rows lock as they are written, and a
 * transaction waits at most as long for a pooled connection.
 */
export function createPrismaClient(
  url: string = databaseUrl(),
  { lockWaitMs = WRITE_LOCK_WAIT_MS } = {},
): PrismaClient {
  const transactionOptions = { maxWait: lockWaitMs + 1000, timeout: TRANSACTION_TIMEOUT_MS };
  if (storeOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: POSTGRESQL_POOL_SIZE });
    // Both clients are generated from one schema (prisma/postgresql/schema.prisma is derived from
    // prisma/schema.prisma), so they have the same models and queries; only the SQL they send differs.
    return new PostgresqlPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
  }
  const adapter = new ImmediateTransactions(new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS }), {
    busyTimeoutMs: BUSY_TIMEOUT_MS,
    lockWaitMs,
  });
  // Prisma's own limit on the start comes after the adapter's, which reports the SQLITE_BUSY behind it.
  return new PrismaClient({ adapter, transactionOptions });
}

export type { PrismaClient };
