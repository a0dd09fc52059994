import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { applyMigrations, createMigration, migrationStatus, resetDatabase } from "@/lib/migrations/schema-engine";
import { MIGRATION_DIRS } from "@/lib/migrations/schema-files";
import { databaseExists, dropDatabase } from "@/lib/store/postgresql";
import { freshDatabase, newDatabaseUrl, testStore, type FreshDatabase } from "./helpers/fresh-database";
import { rawExecute, rawQuery, tableNames } from "./helpers/raw-sql";

const store = testStore();
const MIGRATIONS_DIR = MIGRATION_DIRS[store];
const onSqlite = store === "sqlite";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  started_at: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  logs: string | null;
  applied_steps_count: number;
}

async function migrationsOnDisk(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const HISTORY = 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name';

/** Drops a scratch PostgreSQL database a test made outside freshDatabase(); nothing to do on SQLite. */
const dropScratch = async (url: string) => {
  if (!onSqlite) await dropDatabase(url);
};

describe("applyMigrations on a fresh database", () => {
  let db: FreshDatabase;
  let onDisk: string[];

  beforeAll(async () => {
    onDisk = await migrationsOnDisk();
    db = await freshDatabase();
  });
  afterAll(() => db.cleanup());

  it("has migrations to apply, in the standard layout", async () => {
    expect(onDisk.length).toBeGreaterThan(0);
    for (const name of onDisk) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toContain(`provider = "${store}"`);
  });

  it("applies every migration, oldest first", () => {
    expect(db.applied).toEqual(onDisk);
  });

  it("creates a table for every model", async () => {
    const created = await tableNames(db.url);
    for (const model of Object.values(Prisma.ModelName)) expect(created).toContain(model);
    expect(created).toContain("_prisma_migrations");
  });

  it("records each migration in _prisma_migrations as Prisma does: checksum, finished_at", async () => {
    const rows = await rawQuery<MigrationRow>(db.url, HISTORY);
    expect(rows.map((row) => row.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    }
  });

  // PostgreSQL has no journal modes: its write-ahead log is always on.
  it.runIf(onSqlite)("leaves the file in WAL journal mode", async () => {
    expect(await rawQuery(db.url, "PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  });

  it("gives a client that can write and read every model's table", async () => {
    const source = await db.prisma.source.create({
      data: { url: "https://example.test/a", publisher: "Example", title: "A" },
    });
    expect(await db.prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: "A" });
  });

  // The engine's exclusive lock on the file is SQLite's; a server takes migrations beside open connections.
  it.runIf(onSqlite)(
    "refuses, clearly, while another connection holds the database open",
    async () => {
      // The engine locks the file exclusively; an open client (in WAL mode) blocks it until the busy timeout.
      await db.prisma.source.count();
      await expect(applyMigrations(db.url)).rejects.toThrow(/is locked by another connection/);
    },
    20_000,
  );

  it("is idempotent: a second apply applies nothing and keeps the data", async () => {
    const before = await rawQuery<MigrationRow>(db.url, HISTORY);
    const sources = await db.prisma.source.count();
    await db.prisma.$disconnect();
    expect(await applyMigrations(db.url)).toEqual({ applied: [] });
    expect(await rawQuery<MigrationRow>(db.url, HISTORY)).toEqual(before);
    expect(await db.prisma.source.count()).toBe(sources);
  });

  it("reports the database up to date: nothing pending, failed or edited, no drift", async () => {
    const status = await migrationStatus(db.url);
    expect(status).toMatchObject({
      databaseExists: true,
      migrations: onDisk,
      applied: onDisk,
      pending: [],
      failed: [],
      edited: [],
      missingFromDisk: [],
      drift: null,
      upToDate: true,
    });
  });

  it("finds no change in schema.prisma that a migration does not capture", async () => {
    // Fails when schema.prisma was edited without `npm run db:migrate -- --name <change>`.
    expect((await migrationStatus(db.url)).unmigratedSchemaChanges).toBeNull();
  });
});

describe("migrationStatus", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "parley-status-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reports every migration pending for a missing database, without creating it", async () => {
    const url = newDatabaseUrl(dir);
    const status = await migrationStatus(url);
    expect(status).toMatchObject({ databaseExists: false, pending: await migrationsOnDisk(), upToDate: false });
    if (onSqlite) await expect(readFile(path.join(dir, "test.db"))).rejects.toThrow();
    else expect(await databaseExists(url)).toBe(false);
  });

  it("detects drift: a table no migration created", async () => {
    const url = newDatabaseUrl(dir);
    try {
      await applyMigrations(url);
      await rawExecute(url, 'CREATE TABLE "Stray" (id INTEGER PRIMARY KEY)');
      const status = await migrationStatus(url);
      expect(status.upToDate).toBe(false);
      expect(status.pending).toEqual([]);
      expect(status.drift).toContain("Stray");
    } finally {
      await dropScratch(url);
    }
  });
});

describe("resetDatabase", () => {
  it("deletes the data and re-applies every migration", async () => {
    const db = await freshDatabase();
    try {
      await db.prisma.source.create({ data: { url: "https://example.test/b", publisher: "Example", title: "B" } });
      await db.prisma.$disconnect();
      const { applied } = await resetDatabase(db.url);
      expect(applied).toEqual(await migrationsOnDisk());
      const counted = await rawQuery<{ n: number | string }>(db.url, 'SELECT count(*) AS n FROM "Source"');
      expect(counted.map(({ n }) => Number(n))).toEqual([0]);
      expect((await migrationStatus(db.url)).upToDate).toBe(true);
    } finally {
      await db.cleanup();
    }
  });
});

describe("createMigration (into a scratch migrations directory)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "parley-create-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes the engine's migration for schema.prisma, then nothing while the schema is unchanged", async () => {
    const migrationsDir = path.join(dir, "migrations");
    const url = newDatabaseUrl(dir);
    try {
      const first = await createMigration(url, "Initial schema!", { migrationsDir });
      expect(first.created).toMatch(/^\d{14}_initial_schema$/);
      expect(first.applied).toEqual([first.created]);
      expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${store}"\n`,
      );
      // The same SQL as the committed history, which also starts from an empty schema.
      const committed = await Promise.all(
        (await migrationsOnDisk()).map((name) => readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8")),
      );
      if (committed.length === 1) expect(await readFile(first.file ?? "", "utf8")).toBe(committed[0]);

      const second = await createMigration(url, "nothing", { migrationsDir });
      expect(second).toEqual({ created: null, file: null, applied: [], warnings: [] });
      expect((await readdir(migrationsDir)).sort()).toEqual([first.created, "migration_lock.toml"].sort());
    } finally {
      await dropScratch(url);
    }
  });
});

describe("paths", () => {
  it("resolve against the project root, not the working directory", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-cwd-"));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const url = newDatabaseUrl(dir);
      try {
        expect((await applyMigrations(url)).applied).toEqual(await migrationsOnDisk());
      } finally {
        await dropScratch(url);
      }
    } finally {
      process.chdir(cwd);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// PostgreSQL's history begins after kinds existed (its init migration has the column and the
// seed's kinds): there is no database made before them to classify.
describe.runIf(onSqlite)("the deadline_kind migration", () => {
  it("classifies the seed's deadlines in a database made before kinds existed, as the seed now does", async () => {
    const db = await freshDatabase();
    try {
      const { seedIfEmpty } = await import("@/prisma/seed/seed");
      await seedIfEmpty(db.prisma);
      const seeded = await db.prisma.deadline.findMany({ select: { slug: true, kind: true }, orderBy: { id: "asc" } });
      expect(seeded.every((d) => d.kind !== null)).toBe(true);
      await db.prisma.deadline.updateMany({ data: { kind: null } });
      const folder = (await migrationsOnDisk()).find((name) => name.endsWith("_deadline_kind"))!;
      const sql = await readFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8");
      await rawExecute(db.url, sql.slice(sql.indexOf("UPDATE")));
      expect(await db.prisma.deadline.findMany({ select: { slug: true, kind: true }, orderBy: { id: "asc" } })).toEqual(
        seeded,
      );
    } finally {
      await db.cleanup();
    }
  });
});
