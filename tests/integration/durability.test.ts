import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, sqliteFile, testStore, type FreshDatabase } from "./helpers/fresh-database";
import { exportContent, importContent } from "@/lib/backup/content-json";
import { backupDatabase, restoreDatabase } from "@/lib/backup/sqlite-files";
import { seedIfEmpty } from "@/prisma/seed/seed";

// The SQLite file's own guarantees: VACUUM INTO backups, the FTS index after an import, a writer
// killed mid-write. PostgreSQL's are tested in postgresql-backup.test.ts (pg_dump/pg_restore) and
// content-across-stores.test.ts (export and import on both stores); its crash safety is the server's.
const onSqlite = testStore() === "sqlite";

let db: FreshDatabase;

beforeAll(async () => {
  if (!onSqlite) return;
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
});

afterAll(async () => {
  await db?.cleanup();
});

describe.runIf(onSqlite)("online backup and restore", () => {
  it("takes a consistent backup while writes go on, and backup → wipe → restore gives identical data", async () => {
    let writes = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await db.prisma.update.create({
          data: {
            slug: `during-backup-${writes}`,
            kind: "REPORT",
            title: "Written during the backup",
            body: "…",
            occurredAt: new Date(),
            timeZone: "UTC",
          },
        });
        writes++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backupFile = `${sqliteFile(db)}.backup`;
    await backupDatabase(sqliteFile(db), backupFile);
    writing = false;
    await writer;
    expect(writes).toBeGreaterThan(0);

    const backedUp = await exportContent(backupFile);
    const updatesInBackup = backedUp.tables.Update!.rows.length;
    expect(updatesInBackup).toBeGreaterThanOrEqual(30);

    await db.prisma.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteFile(db) + suffix, { force: true });
    new Database(sqliteFile(db)).close();
    await restoreDatabase(backupFile, sqliteFile(db));
    expect(await exportContent(sqliteFile(db))).toEqual(backedUp);
  });
});

describe.runIf(onSqlite)("JSON export and import", () => {
  it("round-trips every content row exactly", async () => {
    const source = await exportContent(sqliteFile(db));
    const target = await freshDatabase();
    try {
      await target.prisma.$disconnect();
      await importContent(sqliteFile(target), source);
      expect(await exportContent(sqliteFile(target))).toEqual(source);
      const indexed = (file: string) => {
        const sqlite = new Database(file, { readonly: true });
        try {
          return sqlite
            .prepare(`SELECT slug FROM "SearchIndex" WHERE "SearchIndex" MATCH '"Palacio"' ORDER BY slug`)
            .pluck()
            .all();
        } finally {
          sqlite.close();
        }
      };
      expect(indexed(sqliteFile(target))).toEqual(indexed(sqliteFile(db)));
      expect(indexed(sqliteFile(target))).toContain("madrid-2025-09");
    } finally {
      await target.cleanup();
    }
  });

  it("refuses to import over existing content, changing nothing", async () => {
    const before = await exportContent(sqliteFile(db));
    await expect(importContent(sqliteFile(db), before)).rejects.toThrow(/already holds content/);
    expect(await exportContent(sqliteFile(db))).toEqual(before);
  });
});

describe.runIf(onSqlite)("a process killed in the middle of writes", () => {
  it("leaves a consistent database with every acknowledged write present", async () => {
    const target = await freshDatabase();
    await target.prisma.$disconnect();
    const acknowledged: string[] = [];
    // Node itself (not npx → tsx → node), so that SIGKILL hits the process that is writing.
    const writer = spawn(process.execPath, ["--import", "tsx", "tests/support/crash-writer.ts", sqliteFile(target)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => {
      let buffered = "";
      writer.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("ack ")) acknowledged.push(line.slice(4));
        if (acknowledged.length >= 200 && writer.exitCode === null) {
          writer.kill("SIGKILL");
          resolve();
        }
      });
    });
    await new Promise((resolve) => writer.once("exit", resolve));

    const check = new Database(sqliteFile(target));
    try {
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(check.pragma("foreign_key_check")).toEqual([]);
      const stored = new Set(
        check.prepare("SELECT slug FROM \"Update\" WHERE slug LIKE 'crash-%'").pluck().all() as string[],
      );
      expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([]);
      const orphans = check
        .prepare('SELECT entityId FROM AuditEvent WHERE entityId NOT IN (SELECT id FROM "Update")')
        .pluck()
        .all();
      const total = check.prepare('SELECT count(*) FROM "Update"').pluck().get();
      expect({ orphans, total }).toEqual({ orphans: [], total: stored.size });
    } finally {
      check.close();
      await target.cleanup();
    }
  }, 60_000);
});
