import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  MIGRATIONS_DIR,
  applyMigrations,
  createMigration,
  migrationStatus,
  resetDatabase,
} from "@/lib/migrations/schema-engine";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";

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

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function tables(file: string): string[] {
  return query<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table'").map((row) => row.name);
}

describe("applyMigrations on a fresh file", () => {
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
    expect(await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
  });

  it("applies every migration, oldest first", () => {
    expect(db.applied).toEqual(onDisk);
  });

  it("creates a table for every model", () => {
    const created = tables(db.file);
    for (const model of Object.values(Prisma.ModelName)) expect(created).toContain(model);
    expect(created).toContain("_prisma_migrations");
  });

  it("records each migration in _prisma_migrations as Prisma does: checksum, finished_at", async () => {
    const rows = query<MigrationRow>(db.file, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
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

  it("leaves the file in WAL journal mode", () => {
    expect(query<{ journal_mode: string }>(db.file, "PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  });

  it("gives a client that can write and read every model's table", async () => {
    const source = await db.prisma.source.create({
      data: { url: "https://example.test/a", publisher: "Example", title: "A" },
    });
    expect(await db.prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: "A" });
  });

  it("refuses, clearly, while another connection holds the database open", async () => {
    // The engine locks the file exclusively; an open client (in WAL mode) blocks it until the busy timeout.
    await db.prisma.source.count();
    await expect(applyMigrations(db.url)).rejects.toThrow(/is locked by another connection/);
  }, 20_000);

  it("is idempotent: a second apply applies nothing and keeps the data", async () => {
    const before = query<MigrationRow>(db.file, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
    const sources = await db.prisma.source.count();
    await db.prisma.$disconnect();
    expect(await applyMigrations(db.url)).toEqual({ applied: [] });
    expect(query<MigrationRow>(db.file, "SELECT * FROM _prisma_migrations ORDER BY migration_name")).toEqual(before);
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

  it("reports every migration pending for a missing file, without creating it", async () => {
    const file = path.join(dir, "missing.db");
    const status = await migrationStatus(`file:${file}`);
    expect(status).toMatchObject({ databaseExists: false, pending: await migrationsOnDisk(), upToDate: false });
    await expect(readFile(file)).rejects.toThrow();
  });

  it("detects drift: a table no migration created", async () => {
    const url = `file:${path.join(dir, "drift.db")}`;
    await applyMigrations(url);
    const db = new Database(path.join(dir, "drift.db"));
    db.exec("CREATE TABLE Stray (id INTEGER PRIMARY KEY)");
    db.close();
    const status = await migrationStatus(url);
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual([]);
    expect(status.drift).toContain("Stray");
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
      expect(query<{ n: number }>(db.file, "SELECT count(*) AS n FROM Source")).toEqual([{ n: 0 }]);
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
    const url = `file:${path.join(dir, "dev.db")}`;

    const first = await createMigration(url, "Initial schema!", { migrationsDir });
    expect(first.created).toMatch(/^\d{14}_initial_schema$/);
    expect(first.applied).toEqual([first.created]);
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
    );
    // The same SQL as the committed history, which also starts from an empty schema.
    const committed = await Promise.all(
      (await migrationsOnDisk()).map((name) => readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8")),
    );
    if (committed.length === 1) expect(await readFile(first.file ?? "", "utf8")).toBe(committed[0]);

    const second = await createMigration(url, "nothing", { migrationsDir });
    expect(second).toEqual({ created: null, file: null, applied: [], warnings: [] });
    expect((await readdir(migrationsDir)).sort()).toEqual([first.created, "migration_lock.toml"].sort());
  });
});

describe("paths", () => {
  it("resolve against the project root, not the working directory", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-cwd-"));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const { applied } = await applyMigrations(`file:${path.join(dir, "elsewhere.db")}`);
      expect(applied).toEqual(await migrationsOnDisk());
    } finally {
      process.chdir(cwd);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the deadline_kind migration", () => {
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
      const raw = new Database(db.file);
      raw.exec(sql.slice(sql.indexOf("UPDATE")));
      raw.close();
      expect(await db.prisma.deadline.findMany({ select: { slug: true, kind: true }, orderBy: { id: "asc" } })).toEqual(
        seeded,
      );
    } finally {
      await db.cleanup();
    }
  });
});
