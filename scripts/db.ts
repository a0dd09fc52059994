// Database commands, run offline through Prisma's wasm schema engine (lib/migrations/schema-engine.ts)
// because the `prisma migrate` CLI needs a native engine these machines cannot download.
//
//   tsx scripts/db.ts migrate [--name <name>] [--accept-data-loss]   create + apply a migration from schema.prisma,
//                                                                    for both stores (see below)
//   tsx scripts/db.ts deploy                                         apply pending migrations
//   tsx scripts/db.ts reset                                          delete the database, apply every migration, seed
//   tsx scripts/db.ts seed                                           seed an empty database
//   tsx scripts/db.ts status                                         applied / pending / drift (exit 1 unless up to date)
//
// --verbose lists the differences behind drift / unmigrated schema changes; --debug prints the engine's
// log (JSON lines, on stderr). The database is DATABASE_URL (a SQLite file or a PostgreSQL server),
// or file:data/parley.db (lib/store/url.ts `databaseUrl()`).
//
// Each store has its own migration history (prisma/migrations, prisma/postgresql/migrations).
// `migrate` regenerates prisma/postgresql/schema.prisma from prisma/schema.prisma, writes the
// migration for DATABASE_URL's store on that database, and the other store's on a scratch database
// (a temporary SQLite file, or a throwaway PostgreSQL cluster), under the same name.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  PROJECT_ROOT,
  applyMigrations,
  createMigration,
  migrationStatus,
  pendingMigrations,
  resetDatabase,
  type EngineOptions,
} from "../lib/migrations/schema-engine";
import { SCHEMA_FILES, writePostgresqlSchema } from "../lib/migrations/schema-files";
import { createPrismaClient, databaseUrl, describeDatabase, storeOf, type PrismaClient } from "../lib/prisma-client";
import { startThrowawayPostgresql } from "../lib/store/throwaway-postgresql";

const USAGE =
  "usage: tsx scripts/db.ts <migrate [--name <name>] [--accept-data-loss] | deploy | reset | seed | status> [--verbose] [--debug]";
const SEED_MODULE = path.join(PROJECT_ROOT, "prisma", "seed", "seed.ts");

interface SeedModule {
  seedIfEmpty(prisma: PrismaClient): Promise<{ seeded: boolean; counts: Record<string, number> }>;
}

function option(args: string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index] ?? "";
  if (arg.includes("=")) return arg.slice(arg.indexOf("=") + 1);
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

/** A path relative to the cwd when it is inside it, for short messages. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function appliedText(applied: string[]): string {
  return applied.length === 0 ? "" : `applied ${plural(applied.length, "migration")} (${applied.join(", ")})`;
}

async function loadSeedModule(): Promise<SeedModule> {
  if (!existsSync(SEED_MODULE)) {
    throw new Error(`no seed yet: ${shown(SEED_MODULE)} does not exist (it must export seedIfEmpty(prisma))`);
  }
  const loaded = (await import(pathToFileURL(SEED_MODULE).href)) as Partial<SeedModule> & {
    default?: Partial<SeedModule>;
  };
  const seedIfEmpty = loaded.seedIfEmpty ?? loaded.default?.seedIfEmpty;
  if (typeof seedIfEmpty !== "function") throw new Error(`${shown(SEED_MODULE)} does not export seedIfEmpty(prisma)`);
  return { seedIfEmpty };
}

/** Seeds an empty database; returns a short description of what happened. */
async function seed(url: string, seedModule?: SeedModule): Promise<string> {
  const { seedIfEmpty } = seedModule ?? (await loadSeedModule());
  if ((await pendingMigrations(url)).length > 0)
    throw new Error("the database is not migrated yet: run npm run db:deploy first");
  const prisma = createPrismaClient(url);
  try {
    const { seeded, counts } = await seedIfEmpty(prisma);
    if (!seeded) return "seed skipped: the database already has data";
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return `seeded ${plural(rows, "row")} (${Object.entries(counts)
      .map(([table, count]) => `${table} ${count}`)
      .join(", ")})`;
  } finally {
    await prisma.$disconnect();
  }
}

/** Writes the other store's migration on a scratch database of that store; says what it wrote. */
async function migrateOtherStore(
  store: "sqlite" | "postgresql",
  name: string,
  options: Parameters<typeof createMigration>[2],
): Promise<string | null> {
  const scratch =
    store === "sqlite"
      ? (() => {
          const dir = mkdtempSync(path.join(os.tmpdir(), "parley-migrate-"));
          return Promise.resolve({
            url: `file:${path.join(dir, "scratch.db")}`,
            stop: async () => rmSync(dir, { recursive: true, force: true }),
          });
        })()
      : startThrowawayPostgresql({ fast: true }).then((cluster) => ({
          url: cluster.url("parley_migrate"),
          stop: () => cluster.stop(),
        }));
  const { url, stop } = await scratch;
  try {
    const { file } = await createMigration(url, name, options);
    return file ? `Created ${shown(file)} (${store})` : null;
  } finally {
    await stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const verbose = args.includes("--verbose");
  const engineOptions: EngineOptions = args.includes("--debug") ? { log: (line) => console.error(line) } : {};
  /** An engine diff summary: in full with --verbose, else a hint. */
  const details = (summary: string) => (verbose ? `:\n${summary.replace(/^/gm, "      ")}` : " (--verbose lists them)");
  const url = databaseUrl();
  const db = storeOf(url) === "sqlite" ? shown(describeDatabase(url)) : describeDatabase(url);
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;

  switch (command) {
    case "migrate": {
      const name = option(args, "--name") ?? "migration";
      const migrateOptions = { ...engineOptions, acceptDataLoss: args.includes("--accept-data-loss") };
      if (writePostgresqlSchema()) console.log(`Wrote ${shown(SCHEMA_FILES.postgresql)}`);
      const result = await createMigration(url, name, migrateOptions);
      const other = await migrateOtherStore(storeOf(url) === "sqlite" ? "postgresql" : "sqlite", name, migrateOptions);
      if (other) console.log(other);
      for (const warning of result.warnings) console.warn(`warning: ${warning}`);
      if (result.created === null || result.file === null) {
        const applied = appliedText(result.applied);
        console.log(
          `No schema changes: no migration created${applied ? `; ${applied} to ${db}` : `; ${db} is up to date`} (${elapsed()})`,
        );
      } else {
        console.log(`Created ${shown(result.file)} and ${appliedText(result.applied)} to ${db} (${elapsed()})`);
      }
      return 0;
    }
    case "deploy": {
      const { applied } = await applyMigrations(url, engineOptions);
      console.log(
        applied.length > 0
          ? `${db}: ${appliedText(applied)} (${elapsed()})`
          : `${db}: up to date, no pending migrations (${elapsed()})`,
      );
      return 0;
    }
    case "reset": {
      const seedModule = await loadSeedModule(); // before deleting anything
      const { applied } = await resetDatabase(url, engineOptions);
      const seeded = await seed(url, seedModule);
      console.log(`${db}: reset, ${appliedText(applied) || "no migrations to apply"}, ${seeded} (${elapsed()})`);
      return 0;
    }
    case "seed": {
      console.log(`${db}: ${await seed(url)} (${elapsed()})`);
      return 0;
    }
    case "status": {
      const status = await migrationStatus(url, engineOptions);
      const problems: string[] = [];
      if (!status.databaseExists) problems.push("the database file does not exist yet");
      if (status.pending.length > 0)
        problems.push(`${plural(status.pending.length, "pending migration")}: ${status.pending.join(", ")}`);
      if (status.failed.length > 0) problems.push(`failed: ${status.failed.join(", ")}`);
      if (status.edited.length > 0) problems.push(`edited after being applied: ${status.edited.join(", ")}`);
      if (status.missingFromDisk.length > 0)
        problems.push(`applied but missing from prisma/migrations: ${status.missingFromDisk.join(", ")}`);
      if (status.drift)
        problems.push(`drift: the database differs from what its migrations create${details(status.drift)}`);
      if (problems.length === 0) {
        console.log(`${db}: up to date (${plural(status.applied.length, "migration")} applied)`);
      } else {
        console.log(
          `${db}: not up to date (${status.applied.length} of ${plural(status.migrations.length, "migration")} applied)`,
        );
        for (const problem of problems) console.log(`  - ${problem}`);
      }
      if (status.unmigratedSchemaChanges) {
        console.log(
          `schema.prisma has changes no migration captures yet: run npm run db:migrate -- --name <name>${details(status.unmigratedSchemaChanges)}`,
        );
      }
      return problems.length === 0 ? 0 : 1;
    }
    default:
      console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
      return 2;
  }
}

// Exits when done: the wasm engine leaves a timer behind that would keep the process up for a minute.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`db ${process.argv[2] ?? ""}: ${message}`);
    process.exit(1);
  },
);
