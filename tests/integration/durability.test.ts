import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { exportContent, importContent } from "@/lib/backup/content-json";
import { backupDatabase, restoreDatabase } from "@/lib/backup/sqlite-files";
import { seedIfEmpty } from "@/prisma/seed/seed";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
});

afterAll(async () => {
  await db.cleanup();
});

describe("online backup and restore", () => {
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
    const backupFile = `${db.file!}.backup`;
    await backupDatabase(db.file!, backupFile);
    writing = false;
    await writer;
    expect(writes).toBeGreaterThan(0);

    const backedUp = await exportContent(backupFile);
    const updatesInBackup = backedUp.tables.Update!.rows.length;
    expect(updatesInBackup).toBeGreaterThanOrEqual(30);

    await db.prisma.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db.file! + suffix, { force: true });
    new Database(db.file!).close();
    await restoreDatabase(backupFile, db.file!);
    expect(await exportContent(db.file!)).toEqual(backedUp);
  });
});

describe("JSON export and import", () => {
  it("round-trips every content row exactly", async () => {
    const source = await exportContent(db.file!);
    const target = await freshDatabase();
    try {
      await target.prisma.$disconnect();
      await importContent(target.file!, source);
      expect(await exportContent(target.file!)).toEqual(source);
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
      expect(indexed(target.file!)).toEqual(indexed(db.file!));
      expect(indexed(target.file!)).toContain("madrid-2025-09");
    } finally {
      await target.cleanup();
    }
  });

  it("refuses to import over existing content, changing nothing", async () => {
    const before = await exportContent(db.file!);
    await expect(importContent(db.file!, before)).rejects.toThrow(/already holds content/);
    expect(await exportContent(db.file!)).toEqual(before);
  });
});

describe("a process killed in the middle of writes", () => {
  it("leaves a consistent database with every acknowledged write present", async () => {
    const target = await freshDatabase();
    await target.prisma.$disconnect();
    const acknowledged: string[] = [];
    // Node itself (not npx → tsx → node), so that SIGKILL hits the process that is writing.
    const writer = spawn(process.execPath, ["--import", "tsx", "tests/support/crash-writer.ts", target.file!], {
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

    const check = new Database(target.file!);
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
