// Prisma migrations without the native schema engine: Prisma's own schema engine compiled to
// wasm (@prisma/schema-engine-wasm, the exact build the prisma 7.10.0 CLI embeds), driven through
// the better-sqlite3 driver adapter. It reads and writes the standard layout
// (prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml, `_prisma_migrations`)
// exactly as the Prisma CLI reads and writes it. Node only; not for the Next bundle.
//
// Engine/adapter bugs worked around here (see /work/shared/stack-notes.md, "Prisma 7 offline"):
//  1. `devDiagnostic` fails with P1014 on a database without `_prisma_migrations`: apply first.
//  2. The shadow database replays migrations through argument-less `executeRaw`, which
//     better-sqlite3 runs as a single statement: such calls go to `executeScript` instead.
//  3. `reset()` through the adapter only deletes rows: reset deletes the file, then applies.
//  4. `createMigration` needs `devDiagnostic` to have run first on the same engine.
// Two more found here:
//  5. The engine never closes its connections and takes `PRAGMA locking_mode=EXCLUSIVE` on the main
//     one, so every connection is tracked and closed when a command ends.
//  6. Because of that exclusive lock, a command fails while another connection holds a WAL database
//     open (a running app, an open PrismaClient). The adapter reports SQLITE_BUSY as a `SocketTimeout`
//     error, a kind this engine build cannot even parse ("unknown variant `SocketTimeout`"); it is
//     turned into a readable error here. Close other connections before migrating.
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  DiffTarget,
  HistoryDiagnostic,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
  SchemasContainer,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseFilePath } from "../prisma-client";

const moduleDir = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url));

/** The project root (two levels above lib/migrations), whatever the caller's cwd. */
export const PROJECT_ROOT = path.resolve(moduleDir, "..", "..");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

const LOCKFILE_NAME = "migration_lock.toml";
const MIGRATION_FILE_NAME = "migration.sql";
/**
 * Tables Prisma's schema language cannot describe (the FTS5 search index and the shadow tables
 * SQLite keeps for it; see the search_index migration): declared external so that diffs and drift
 * checks leave them alone instead of proposing to drop them.
 */
const SEARCH_TABLES = [
  "SearchIndex",
  "SearchIndex_data",
  "SearchIndex_idx",
  "SearchIndex_content",
  "SearchIndex_docsize",
  "SearchIndex_config",
];
const SCHEMA_FILTER: SchemaFilter = { externalTables: SEARCH_TABLES, externalEnums: [] };
const BUSY_TIMEOUT_MS = 5000;
/** Prisma's CLI truncates migration names to this length. */
const MAX_MIGRATION_NAME_LENGTH = 200;

export interface EngineOptions {
  /** Receives the engine's log lines (JSON). Silent when omitted. */
  log?: (line: string) => void;
  /** The migrations directory. Defaults to prisma/migrations under the project root. */
  migrationsDir?: string;
  /** The Prisma schema file. Defaults to prisma/schema.prisma under the project root. */
  schemaPath?: string;
}

export interface ApplyResult {
  /** Migrations applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
}

export interface CreateMigrationOptions extends EngineOptions {
  /** Create the migration even if the engine warns that it loses data. */
  acceptDataLoss?: boolean;
}

export interface CreateMigrationResult {
  /** Directory name of the new migration (`<timestamp>_<name>`), or null when the schema had no changes. */
  created: string | null;
  /** Absolute path of the new migration.sql, or null. */
  file: string | null;
  /** Migrations applied by this call (pending ones, then the new one). */
  applied: string[];
  /** The engine's data-loss warnings for the new migration (accepted if non-empty). */
  warnings: string[];
}

export interface MigrationStatus {
  /** False when the database file does not exist yet (then every migration is pending). */
  databaseExists: boolean;
  /** Migration directories on disk, oldest first. */
  migrations: string[];
  /** Migrations recorded as finished in `_prisma_migrations`, in the order applied. */
  applied: string[];
  /** Migrations on disk not yet applied. */
  pending: string[];
  /** Migrations in a failed state in `_prisma_migrations`. */
  failed: string[];
  /** Applied migrations whose migration.sql changed after being applied. */
  edited: string[];
  /** Applied migrations that are missing from the migrations directory. */
  missingFromDisk: string[];
  /**
   * Differences between the database and the schema its applied migrations produce (a summary),
   * or null when there is none. Only checked when the history is clean (nothing pending or failed).
   */
  drift: string | null;
  /** Changes in schema.prisma that no migration captures yet (a summary), or null. */
  unmigratedSchemaChanges: string | null;
  /** True when nothing is pending, failed, edited, missing or drifted. */
  upToDate: boolean;
}

// ---------------------------------------------------------------------------------------------
// wasm: the bindings module keeps the instance in a module-level variable, so there is one
// instance per process, created on first use (~100 ms; each engine after that is cheap).

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = new Uint8Array(await readFile(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm")));
    const imports = { "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports };
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), imports);
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  wasmReady.catch(() => {
    wasmReady = undefined;
  });
  return wasmReady;
}

// ---------------------------------------------------------------------------------------------
// The adapter factory handed to the engine: tracks every connection so a command can close them
// all, and runs the shadow database's argument-less `executeRaw` calls as scripts (bug 2).

class TrackedSqliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;
  readonly #open = new Set<SqlDriverAdapter>();

  constructor(url: string) {
    this.#inner = new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query: SqlQuery): Promise<number> => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return this.#track(adapter);
  }

  async closeAll(): Promise<void> {
    const adapters = [...this.#open];
    await Promise.allSettled(adapters.map((adapter) => adapter.dispose()));
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!this.#open.delete(adapter)) return;
      await dispose();
    };
    this.#open.add(adapter);
    return adapter;
  }
}

// ---------------------------------------------------------------------------------------------

interface Session {
  engine: SchemaEngine;
  migrationsDir: string;
  schema: SchemasContainer;
}

/** Runs `fn` with an engine connected to `file`, then frees it and closes all its connections. */
async function withEngine<T>(file: string, options: EngineOptions, fn: (session: Session) => Promise<T>): Promise<T> {
  await loadWasm();
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const schemaText = await readFile(schemaPath, "utf8");
  const factory = new TrackedSqliteFactory(`file:${file}`);
  const log = options.log;
  let engine: SchemaEngine | undefined;
  try {
    engine = await wasmBindings.SchemaEngine.new(
      { datamodels: [[schemaPath, schemaText]] },
      (line: string) => log?.(line.trimEnd()),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await fn({
      engine,
      migrationsDir: options.migrationsDir ?? MIGRATIONS_DIR,
      schema: { files: [{ path: schemaPath, content: schemaText }] },
    });
  } catch (error) {
    throw engineError(error, file);
  } finally {
    engine?.free();
    await factory.closeAll();
  }
}

/** Engine errors arrive as plain objects or Errors with a JSON message; make them readable Errors. */
function engineError(error: unknown, file: string): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (/SocketTimeout|SQLITE_BUSY|database is locked/.test(text)) {
    return new Error(
      `${file} is locked by another connection (a running app or an open PrismaClient?): ` +
        "the schema engine needs the database to itself; close the other connections and retry",
      { cause: error },
    );
  }
  if (error instanceof Error && !error.message.startsWith("{")) {
    // Drop the engine's span trace ("   0: schema_engine_wasm::…  at …rs:242").
    const trace = error.message.search(/\n\s+0: /);
    if (trace > 0) error.message = error.message.slice(0, trace).trimEnd();
    return error;
  }
  const raw = error instanceof Error ? error.message : error;
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return new Error(raw);
    }
  }
  if (parsed && typeof parsed === "object") {
    const record = parsed as { error_code?: unknown; message?: unknown; is_panic?: unknown };
    const code = typeof record.error_code === "string" ? `${record.error_code}: ` : "";
    const message = typeof record.message === "string" ? record.message : JSON.stringify(parsed);
    return new Error(`Prisma schema engine error ${code}${message}`, { cause: error });
  }
  return new Error(String(parsed), { cause: error });
}

/** The database file of a `file:` URL, absolute (relative URLs resolve against the cwd). */
export function migrationDatabaseFile(dbUrl: string): string {
  const file = databaseFilePath(dbUrl);
  if (file === ":memory:") throw new Error("Migrations need a database file, not :memory:");
  return file;
}

/** Reads the migrations directory the way the Prisma CLI does. */
export async function readMigrationsList(migrationsDir: string = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockfileContent = await readFile(path.join(migrationsDir, LOCKFILE_NAME), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: MIGRATION_FILE_NAME,
          content: await readFile(path.join(migrationsDir, entry.name, MIGRATION_FILE_NAME), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function applyPending(session: Session): Promise<string[]> {
  const migrationsList = await readMigrationsList(session.migrationsDir);
  const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters: SCHEMA_FILTER });
  return appliedMigrationNames;
}

/** WAL lets the app read while a writer works; the mode is stored in the file, so once is enough. */
function enableWal(file: string): void {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/**
 * `prisma migrate deploy`: applies the pending migrations of prisma/migrations to the database,
 * creating the file (and its directory) if needed, then switches the file to WAL journal mode.
 */
export async function applyMigrations(dbUrl: string, options: EngineOptions = {}): Promise<ApplyResult> {
  const file = migrationDatabaseFile(dbUrl);
  await mkdir(path.dirname(file), { recursive: true });
  const applied = await withEngine(file, options, applyPending);
  enableWal(file);
  return { applied };
}

/** Prisma CLI's migration-name slug: lower case, runs of other characters become `_`. */
export function migrationNameSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_MIGRATION_NAME_LENGTH);
}

function lockfileContent(provider: string): string {
  return (
    "# Please do not edit this file manually\n" +
    "# It should be added in your version-control system (e.g., Git)\n" +
    `provider = "${provider}"\n`
  );
}

/**
 * `prisma migrate dev --name <name>`: applies pending migrations, lets the engine diff
 * schema.prisma against the migration history, writes
 * prisma/migrations/<timestamp>_<name>/migration.sql (+ migration_lock.toml) and applies it.
 * Creates nothing when the schema has no changes. Throws when the database has drifted from the
 * history (it then needs `resetDatabase`), or when the migration would lose data and
 * `acceptDataLoss` is not set.
 */
export async function createMigration(
  dbUrl: string,
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  const slug = migrationNameSlug(name);
  if (!slug) throw new Error(`"${name}" is not a usable migration name: use letters, digits and underscores.`);
  const file = migrationDatabaseFile(dbUrl);
  await mkdir(path.dirname(file), { recursive: true });

  const result = await withEngine(file, options, async (session): Promise<CreateMigrationResult> => {
    const { engine, migrationsDir, schema } = session;
    // Bug 1: devDiagnostic needs `_prisma_migrations`, which applying creates.
    const applied = await applyPending(session);

    let migrationsList = await readMigrationsList(migrationsDir);
    // Bug 4: createMigration needs devDiagnostic to have run first.
    const { action } = await engine.devDiagnostic({ migrationsList, filters: SCHEMA_FILTER });
    if (action.tag === "reset") {
      throw new Error(`The database must be reset before a migration can be created: ${action.reason}`);
    }

    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema, filters: SCHEMA_FILTER });
    if (dataLoss.migrationSteps === 0) return { created: null, file: null, applied, warnings: [] };
    if (dataLoss.unexecutableSteps.length > 0) {
      const steps = dataLoss.unexecutableSteps.map((step) => `  - ${step.message}`).join("\n");
      throw new Error(`The migration cannot be applied to this database:\n${steps}`);
    }
    const warnings = dataLoss.warnings.map((warning) => warning.message);
    if (warnings.length > 0 && !options.acceptDataLoss) {
      throw new Error(
        `The migration would lose data (pass acceptDataLoss / --accept-data-loss to proceed):\n` +
          warnings.map((warning) => `  - ${warning}`).join("\n"),
      );
    }

    const created = await engine.createMigration({
      draft: false,
      migrationName: slug,
      migrationsList,
      schema,
      filters: SCHEMA_FILTER,
    });
    if (created.migrationScript === null) return { created: null, file: null, applied, warnings: [] };

    const directory = path.join(migrationsDir, created.generatedMigrationName);
    if (existsSync(directory)) throw new Error(`The migration directory already exists at ${directory}`);
    await mkdir(directory, { recursive: true });
    const migrationFile = path.join(directory, `migration.${created.extension}`);
    await writeFile(migrationFile, created.migrationScript, "utf8");
    await writeFile(
      path.join(migrationsDir, migrationsList.lockfile.path),
      lockfileContent(created.connectorType),
      "utf8",
    );

    migrationsList = await readMigrationsList(migrationsDir);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: SCHEMA_FILTER });
    return {
      created: created.generatedMigrationName,
      file: migrationFile,
      applied: [...applied, ...appliedMigrationNames],
      warnings,
    };
  });
  enableWal(file);
  return result;
}

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Finished, not rolled back migrations recorded in the file, or [] when it has no history table. */
function recordedMigrations(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return [];
    const rows = db
      .prepare(
        "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at, migration_name",
      )
      .all() as MigrationRow[];
    return rows
      .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
      .map((row) => row.migration_name);
  } finally {
    db.close();
  }
}

/**
 * The migrations on disk that the database has not finished applying (a failed one included, so
 * that applying reports it), read from `_prisma_migrations` with a plain read: unlike the engine,
 * this works while other connections (a serving instance) hold the database open.
 */
export async function pendingMigrations(dbUrl: string, options: EngineOptions = {}): Promise<string[]> {
  const file = migrationDatabaseFile(dbUrl);
  const onDisk = (await readMigrationsList(options.migrationsDir)).migrationDirectories.map((entry) => entry.path);
  if (!existsSync(file)) return onDisk;
  const finished = new Set(recordedMigrations(file));
  return onDisk.filter((name) => !finished.has(name));
}

function diffSummary(stdout: string | null): string | null {
  const text = (stdout ?? "").trim();
  return text && !/^No difference detected\.?$/i.test(text) ? text : null;
}

/**
 * `prisma migrate status`, plus drift: which migrations are applied, pending, failed or edited,
 * whether the database differs from what its migrations produce, and whether schema.prisma has
 * changes no migration captures. Never creates the database file.
 */
export async function migrationStatus(dbUrl: string, options: EngineOptions = {}): Promise<MigrationStatus> {
  const file = migrationDatabaseFile(dbUrl);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const onDisk = (await readMigrationsList(migrationsDir)).migrationDirectories.map((entry) => entry.path);
  const databaseExists = existsSync(file);

  // An engine needs a main connection; without a database file, an in-memory one (never the file).
  return withEngine(databaseExists ? file : ":memory:", options, async ({ engine, schema }) => {
    const migrationsList = await readMigrationsList(migrationsDir);
    // Schema changes no migration captures: the migrations (replayed on a shadow db) vs schema.prisma.
    const fromMigrations: DiffTarget =
      migrationsList.migrationDirectories.length > 0 ? { tag: "migrations", ...migrationsList } : { tag: "empty" };
    const schemaDiff = await engine.diff({
      from: fromMigrations,
      to: { tag: "schemaDatamodel", ...schema },
      script: false,
      exitCode: null,
      filters: SCHEMA_FILTER,
    });
    const unmigratedSchemaChanges = diffSummary(schemaDiff.stdout);

    if (!databaseExists) {
      return {
        databaseExists,
        migrations: onDisk,
        applied: [],
        pending: onDisk,
        failed: [],
        edited: [],
        missingFromDisk: [],
        drift: null,
        unmigratedSchemaChanges,
        upToDate: false,
      };
    }

    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: SCHEMA_FILTER,
    });
    const history: HistoryDiagnostic | null = diagnosis.history;
    const pending =
      history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unappliedMigrationNames
        : [];
    const missingFromDisk =
      history?.diagnostic === "migrationsDirectoryIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unpersistedMigrationNames
        : [];
    const failed = diagnosis.failedMigrationNames;
    const edited = diagnosis.editedMigrationNames;

    let drift: string | null = null;
    if (diagnosis.hasMigrationsTable && history === null && failed.length === 0) {
      const dbDiff = await engine.diff({
        from: fromMigrations,
        to: { tag: "schemaDatasource", files: schema.files, configDir: PROJECT_ROOT },
        script: false,
        exitCode: null,
        filters: SCHEMA_FILTER,
      });
      drift = diffSummary(dbDiff.stdout);
    }

    return {
      databaseExists,
      migrations: onDisk,
      applied: recordedMigrations(file),
      pending: diagnosis.hasMigrationsTable ? pending : onDisk,
      failed,
      edited,
      missingFromDisk,
      drift,
      unmigratedSchemaChanges,
      upToDate:
        diagnosis.hasMigrationsTable &&
        history === null &&
        failed.length === 0 &&
        edited.length === 0 &&
        drift === null,
    };
  });
}

/** The database file and its WAL/SHM/journal companions. */
function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/**
 * `prisma migrate reset` without the seed: deletes the database file (bug 3: the engine's reset
 * through the adapter only deletes rows), then applies every migration to a new file.
 */
export async function resetDatabase(dbUrl: string, options: EngineOptions = {}): Promise<ApplyResult> {
  const file = migrationDatabaseFile(dbUrl);
  await Promise.all(databaseFiles(file).map((each) => rm(each, { force: true })));
  return applyMigrations(dbUrl, options);
}
