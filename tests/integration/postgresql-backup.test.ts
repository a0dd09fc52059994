// npm run db:backup / db:restore on a PostgreSQL site: pg_dump -Fc and pg_restore, against a
// throwaway cluster of the test's own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportContent, serializeContent } from "@/lib/backup/content-json";
import { dumpDatabase, restoreDump } from "@/lib/backup/postgresql-dump";
import { backupDatabase } from "@/lib/backup/sqlite-files";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { createDatabaseIfMissing } from "@/lib/store/postgresql";
import { startThrowawayPostgresql, type ThrowawayPostgresql } from "@/lib/store/throwaway-postgresql";
import { seedIfEmptyAt } from "@/prisma/seed/seed";

let cluster: ThrowawayPostgresql;
let url: string;
let prisma: PrismaClient;
let dir: string;
let dump: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-pg-backup-"));
  cluster = await startThrowawayPostgresql({ fast: true });
  url = cluster.url("site");
  await applyMigrations(url);
  await seedIfEmptyAt(url);
  prisma = createPrismaClient(url);
  dump = path.join(dir, "backups", "site.dump");
});

afterAll(async () => {
  await prisma?.$disconnect();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const content = async () => serializeContent(await exportContent(url));

describe("backup and restore on PostgreSQL", () => {
  it("backup → change the data → restore: the change is gone", async () => {
    const before = await content();
    const started = performance.now();
    const { bytes } = await dumpDatabase(url, dump);
    console.log(`pg_dump: ${bytes} bytes in ${Math.round(performance.now() - started)} ms`);
    expect(readFileSync(dump).subarray(0, 5).toString()).toBe("PGDMP");

    await prisma.round.update({ where: { slug: "madrid-2025-09" }, data: { title: "Changed after the backup" } });
    await prisma.source.create({
      data: { url: "https://example.org/after-the-backup", publisher: "Example", title: "After the backup" },
    });
    await prisma.$disconnect(); // as an operator would stop the app: pg_restore drops its tables
    expect(await content()).not.toBe(before);

    const restoring = performance.now();
    await restoreDump(dump, url);
    console.log(`pg_restore: ${Math.round(performance.now() - restoring)} ms`);
    expect(await content()).toBe(before);
    prisma = createPrismaClient(url);
    expect((await prisma.round.findUniqueOrThrow({ where: { slug: "madrid-2025-09" } })).title).not.toMatch(/Changed/);
    // The sequences came back with the rows: the next source gets the id after the largest.
    const next = await prisma.source.create({
      data: { url: "https://example.org/after-the-restore", publisher: "Example", title: "After the restore" },
    });
    expect(next.id).toBe(84);
  });

  it("refuses files that are not a whole dump of a Parley database, changing nothing", async () => {
    await dumpDatabase(url, dump);
    const before = await content();
    const text = path.join(dir, "notes.txt");
    writeFileSync(text, "not a backup\n");
    const truncated = path.join(dir, "truncated.dump");
    const whole = readFileSync(dump);
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const sqliteFile = path.join(dir, "sqlite-site.db");
    await applyMigrations(`file:${sqliteFile}`);
    const sqliteBackup = path.join(dir, "sqlite.db");
    await backupDatabase(sqliteFile, sqliteBackup);
    const otherUrl = cluster.url("not_parley");
    await createDatabaseIfMissing(otherUrl);
    const other = path.join(dir, "other.dump");

    await expect(restoreDump(path.join(dir, "missing.dump"), url)).rejects.toThrow(/No such file/);
    await expect(restoreDump(text, url)).rejects.toThrow(
      `${text} is not a PostgreSQL dump made by npm run db:backup (pg_dump -Fc)`,
    );
    await expect(restoreDump(sqliteBackup, url)).rejects.toThrow(/is a SQLite backup, not a PostgreSQL dump/);
    await expect(restoreDump(truncated, url)).rejects.toThrow(/is a damaged PostgreSQL dump: .*end of file/);
    // Cut inside the last table's rows: the table of contents reads, the restore fails and rolls back.
    writeFileSync(truncated, whole.subarray(0, whole.length - 2000));
    await expect(restoreDump(truncated, url)).rejects.toThrow(/changed nothing: pg_restore failed: .*end of file/);
    await expect(dumpDatabase(otherUrl, other)).rejects.toThrow(/not a Parley database \(no migration history\)/);
    expect(await content()).toBe(before);
  });

  it("keeps the password out of its messages and names a missing database clearly", async () => {
    const secret = cluster.url("no_such_database").replace("postgres@", "postgres:s3cret-pw@");
    const error = await dumpDatabase(secret, path.join(dir, "x.dump")).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/pg_dump failed: .*database "no_such_database" does not exist/s);
    expect((error as Error).message).not.toContain("s3cret");
  });
});
