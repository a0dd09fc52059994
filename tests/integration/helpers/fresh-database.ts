// A new, migrated database per caller (one per test file, usually), so test files running in
// parallel processes never share one: a SQLite file in its own temp directory, or, in the
// `integration-postgresql` project, a database of its own on the run's PostgreSQL server.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { applyMigrations } from "../../../lib/migrations/schema-engine";
import { createPrismaClient, type PrismaClient, type Store } from "../../../lib/prisma-client";
import { dropDatabase } from "../../../lib/store/postgresql";
import { closeReaders } from "./raw-sql";

export interface FreshDatabase {
  store: Store;
  /** `file:` URL of the database, absolute, or the PostgreSQL database's URL. */
  url: string;
  /** Absolute path of the database file; SQLite only. */
  file?: string;
  /** A directory of its own beside the database, removed by `cleanup` (secrets, backups). */
  dir: string;
  /** A client connected to it; `cleanup` disconnects it. */
  prisma: PrismaClient;
  /** Migrations applied to create it, oldest first. */
  applied: string[];
  /** Disconnects the client and deletes the database with its directory. */
  cleanup: () => Promise<void>;
}

/** The store this test project runs against. */
export function testStore(): Store {
  return inject("postgresqlServerUrl") ? "postgresql" : "sqlite";
}

/** A URL for a database that does not exist yet (SQLite: in `dir`; PostgreSQL: a new name). */
export function newDatabaseUrl(dir: string): string {
  const server = inject("postgresqlServerUrl");
  if (!server) return `file:${path.join(dir, "test.db")}`;
  const url = new URL(server);
  // Unique per process and call; lower case, so it needs no quoting anywhere.
  url.pathname = `/parley_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  return url.toString();
}

export async function freshDatabase(): Promise<FreshDatabase> {
  const store = testStore();
  const dir = await mkdtemp(path.join(os.tmpdir(), "parley-test-"));
  const url = newDatabaseUrl(dir);
  const dropIt = async () => {
    await closeReaders(url);
    if (store === "postgresql") await dropDatabase(url);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const { applied } = await applyMigrations(url);
    const prisma = createPrismaClient(url);
    return {
      store,
      url,
      file: store === "sqlite" ? path.join(dir, "test.db") : undefined,
      dir,
      prisma,
      applied,
      cleanup: async () => {
        await prisma.$disconnect();
        await dropIt();
      },
    };
  } catch (error) {
    await dropIt().catch(() => {});
    throw error;
  }
}

/** The SQLite file of a fresh database, for the tests of SQLite's own mechanisms. */
export function sqliteFile(db: FreshDatabase): string {
  if (!db.file) throw new Error("this test needs a SQLite database; run it in the `integration` project");
  return db.file;
}
