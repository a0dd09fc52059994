import { closeSync, openSync, readSync } from "node:fs";

/** The first bytes of a file as text: enough to tell a SQLite database from a pg_dump archive. */
export function fileStart(file: string, bytes = 16): string {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync(file, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

export const SQLITE_MAGIC = "SQLite format 3";
export const PG_DUMP_MAGIC = "PGDMP";
