// A new, migrated SQLite database per caller (one per test file, usually), in its own temp
// directory, so test files running in parallel processes never share a database.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../../../lib/migrations/schema-engine";
import { createPrismaClient, type PrismaClient } from "../../../lib/prisma-client";

export interface FreshDatabase {
  /** `file:` URL of the database, absolute. */
  url: string;
  /** Absolute path of the database file. */
  file: string;
  /** A client connected to it; `cleanup` disconnects it. */
  prisma: PrismaClient;
  /** Migrations applied to create it, oldest first. */
  applied: string[];
  /** Disconnects the client and deletes the database with its directory. */
  cleanup: () => Promise<void>;
}

export async function freshDatabase(): Promise<FreshDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "parley-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  try {
    const { applied } = await applyMigrations(url);
    const prisma = createPrismaClient(url);
    return {
      url,
      file,
      prisma,
      applied,
      cleanup: async () => {
        await prisma.$disconnect();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
