import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { databaseUrl, storeOf } from "../prisma-client";

/**
 * Text containing `text`, ignoring case, on either store. SQLite's LIKE ignores (ASCII) case by
 * itself; PostgreSQL's is case-sensitive and needs `mode: "insensitive"` (ILIKE), an argument the
 * SQLite client rejects, so it is added only there.
 */
export function containsIgnoringCase(text: string): Prisma.StringFilter {
  if (storeOf(databaseUrl()) === "postgresql") return { contains: text, mode: "insensitive" } as Prisma.StringFilter;
  return { contains: text };
}
