import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export const DEFAULT_DATABASE_FILE = "data/parley.db";
const BUSY_TIMEOUT_MS = 5000;

/** `DATABASE_URL` (a `file:` URL) or the default file under `data/`, as an absolute `file:` URL. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  return `file:${databaseFilePath(raw)}`;
}

export function databaseFilePath(url: string): string {
  const file = url.replace(/^file:/, "");
  return file === ":memory:" ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
