// One starting instance at a time per database (migrate, seed) and per build folder (build).
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface LockOptions {
  /** Called once if the lock is held elsewhere, before waiting for it. */
  onWait?: () => void;
  /** How long to wait for it before giving up (ms). */
  timeoutMs?: number;
  /** How often to try again while it is held (ms). */
  pollMs?: number;
}

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith("SQLITE_BUSY") ?? false;

/**
 * Runs `fn` while holding an exclusive lock on `file`, waiting while another process (or another
 * caller in this one) holds it. The lock is an open exclusive transaction on a small SQLite file:
 * the operating system drops it when its holder exits, however it exits, so no stale lock is left.
 */
export async function withExclusiveLock<T>(file: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  mkdirSync(path.dirname(file), { recursive: true });
  // timeout 0: never block the event loop in SQLite's busy handler; wait here instead.
  const lock = new Database(file, { timeout: 0 });
  try {
    await takeWhenFree(
      () => {
        try {
          // The journal in memory: a holder killed mid-way leaves no journal file beside the lock.
          lock.pragma("journal_mode = MEMORY");
          lock.exec("BEGIN EXCLUSIVE");
          return true;
        } catch (error) {
          if (!isBusy(error)) throw error;
          return false;
        }
      },
      `the lock ${file}`,
      options,
    );
    try {
      return await fn();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}

/** Tries `take` until it succeeds, saying once that it waits, and gives up after the options' timeout. */
export async function takeWhenFree(
  take: () => boolean | Promise<boolean>,
  what: string,
  { onWait, timeoutMs = 30 * 60_000, pollMs = 200 }: LockOptions,
): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  for (let waiting = false; !(await take()); waiting = true) {
    if (Date.now() > giveUpAt)
      throw new Error(`Waited ${Math.round(timeoutMs / 1000)} s for ${what}, held by another process`);
    if (!waiting) onWait?.();
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
