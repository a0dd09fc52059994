// Where each store's schema, migrations and generated client live. prisma/schema.prisma (SQLite)
// is the one written by hand; the PostgreSQL schema is derived from it by `postgresqlSchema`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Store } from "../store/url";

const moduleDir = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url));

/** The project root (two levels above lib/migrations), whatever the caller's cwd. */
export const PROJECT_ROOT = path.resolve(moduleDir, "..", "..");

export const SCHEMA_FILES: Record<Store, string> = {
  sqlite: path.join(PROJECT_ROOT, "prisma", "schema.prisma"),
  postgresql: path.join(PROJECT_ROOT, "prisma", "postgresql", "schema.prisma"),
};

export const MIGRATION_DIRS: Record<Store, string> = {
  sqlite: path.join(PROJECT_ROOT, "prisma", "migrations"),
  postgresql: path.join(PROJECT_ROOT, "prisma", "postgresql", "migrations"),
};

const HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/schema-postgresql.ts: edit that file, not this one.\n" +
  "// `npm run db:migrate` regenerates it; lint fails when it is out of date.\n\n";

/** The PostgreSQL twin of the SQLite schema: another provider, another client output, same models. */
export function postgresqlSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(
      /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
      '$1"../../lib/generated/prisma-postgresql"',
    );
  if (!replaced.includes('"postgresql"') || !replaced.includes("prisma-postgresql"))
    throw new Error(
      "prisma/schema.prisma: expected a sqlite datasource and a client output of ../lib/generated/prisma",
    );
  return HEADER + replaced;
}

/** Whether prisma/postgresql/schema.prisma is what prisma/schema.prisma makes of it. */
export function postgresqlSchemaIsCurrent(): boolean {
  const expected = postgresqlSchema(readFileSync(SCHEMA_FILES.sqlite, "utf8"));
  return existsSync(SCHEMA_FILES.postgresql) && readFileSync(SCHEMA_FILES.postgresql, "utf8") === expected;
}

/** Writes prisma/postgresql/schema.prisma when it is not current; says whether it did. */
export function writePostgresqlSchema(): boolean {
  if (postgresqlSchemaIsCurrent()) return false;
  writeFileSync(SCHEMA_FILES.postgresql, postgresqlSchema(readFileSync(SCHEMA_FILES.sqlite, "utf8")));
  return true;
}
