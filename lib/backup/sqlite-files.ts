import Database from "better-sqlite3";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileStart, PG_DUMP_MAGIC } from "./file-start";

/**
 * A consistent copy of a live database with `VACUUM INTO`: one read transaction, so the copy is
 * one point in time while other connections keep reading and writing. (The page-by-page backup
 * API restarts whenever another connection writes, and never finishes under a steady stream.)
 */
export async function backupDatabase(databaseFile: string, destination: string): Promise<{ pages: number }> {
  mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    source.prepare("VACUUM INTO ?").run(partial);
  } finally {
    source.close();
  }
  verifyDatabase(partial);
  renameSync(partial, destination);
  const copy = new Database(destination, { readonly: true });
  try {
    return { pages: Number(copy.pragma("page_count", { simple: true })) };
  } finally {
    copy.close();
  }
}

/** Throws unless the file is an intact SQLite database made by Parley's migrations. */
export function verifyDatabase(file: string) {
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  if (fileStart(file).startsWith(PG_DUMP_MAGIC))
    throw new Error(`${file} is a PostgreSQL dump, not a SQLite backup: restore it into a PostgreSQL database`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.prepare("PRAGMA integrity_check").pluck().get();
    if (check !== "ok") throw new Error(`${file} is damaged: ${String(check)}`);
    const migrations = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = '_prisma_migrations'").pluck().get();
    if (migrations !== 1) throw new Error(`${file} is not a Parley database (no migration history)`);
  } finally {
    db.close();
  }
}

/**
 * Replaces a database with a backup, page by page through the backup API, so it works even while
 * the database is open elsewhere (those connections see the restored content on their next read).
 */
export async function restoreDatabase(backupFile: string, databaseFile: string): Promise<void> {
  verifyDatabase(backupFile);
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(databaseFile);
  } finally {
    backup.close();
  }
  const restored = new Database(databaseFile, { timeout: 5000 });
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
}
