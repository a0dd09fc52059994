// Prisma migrations without the native schema engine: Prisma's own schema engine compiled to
// wasm (@prisma/schema-engine-wasm, the exact build the prisma 7.10.0 CLI embeds), driven through
// the store's driver adapter (better-sqlite3 for SQLite, pg for PostgreSQL; each store has its own
// schema file and migration history, lib/migrations/schema-files.ts). It reads and writes the standard layout
// (prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml, `_prisma_migrations`)
// exactly as the Prisma CLI reads and writes it. Node only; not for the Next bundle.
//
// Engine/adapter bugs worked around here (see /work/shared/stack-notes.md, "Prisma 7 offline"):
//  1. `devDiagnostic` fails with P1014 on a database without `_prisma_migrations`: apply first.
//  2. The shadow database replays migrations through argument-less `executeRaw`, which
//     better-sqlite3 (and pg's prepared statements) run as a single statement: such calls go to
//     `executeScript` instead.
//  3. `reset()` through the adapter only deletes rows: reset deletes the file, then applies.
//  4. `createMigration` needs `devDiagnostic` to have run first on the same engine.
// More found here:
//  5. The engine never closes its connections and takes `PRAGMA locking_mode=EXCLUSIVE` on the main
//     one, so every connection is tracked and closed when a command ends.
//  6. Because of that exclusive lock, a command fails while another connection holds a WAL database
//     open (a running app, an open PrismaClient). The adapter reports SQLITE_BUSY as a `SocketTimeout`
//     error, a kind this engine build cannot even parse ("unknown variant `SocketTimeout`"); it is
//     turned into a readable error here. Close other connections before migrating.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
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
import {
  createDatabaseIfMissing,
  databaseExists,
  dropDatabase,
  maintenanceUrl,
  withPgClient,
} from "../store/postgresql";
import { databaseFilePath, describeDatabase, storeOf, type Store } from "../store/url";
import { MIGRATION_DIRS, PROJECT_ROOT, SCHEMA_FILES } from "./schema-files";

export { PROJECT_ROOT };
export const SCHEMA_PATH = SCHEMA_FILES.sqlite;
export const MIGRATIONS_DIR = MIGRATION_DIRS.sqlite;

const LOCKFILE_NAME = "migration_lock.toml";
const MIGRATION_FILE_NAME = "migration.sql";
/**
 * Tables Prisma's schema language cannot describe (the search index: FTS5 and the shadow tables
 * SQLite keeps for it, or PostgreSQL's table with its tsvector column; see each store's
 * search_index migration): declared external so that diffs and drift checks leave them alone
 * instead of proposing to drop them.
 */
const SEARCH_TABLES: Record<Store, string[]> = {
  sqlite: [
    "SearchIndex",
    "SearchIndex_data",
    "SearchIndex_idx",
    "SearchIndex_content",
    "SearchIndex_docsize",
    "SearchIndex_config",
  ],
  postgresql: ["public.SearchIndex"],
};
const schemaFilter = (store: Store): SchemaFilter => ({ externalTables: SEARCH_TABLES[store], externalEnums: [] });
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
// all, and runs the shadow database's argument-less `executeRaw` calls as scripts (bug 2; on
// PostgreSQL a prepared statement cannot hold several commands either).

class TrackedFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: SqlMigrationAwareDriverAdapterFactory["provider"];
  readonly adapterName: string;
  readonly #inner: SqlMigrationAwareDriverAdapterFactory;
  readonly #target: Target;
  readonly #open = new Set<SqlDriverAdapter>();

  constructor(target: Target) {
    this.#target = target;
    this.#inner =
      target.store === "sqlite"
        ? new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: BUSY_TIMEOUT_MS })
        : introspectablePg(target.url);
    this.provider = this.#inner.provider;
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    return this.#track(this.#target.store === "postgresql" ? wholeScripts(adapter) : adapter);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter =
      this.#target.store === "postgresql"
        ? wholeScripts(await pgShadowDatabase(this.#target.url))
        : await this.#inner.connectToShadowDb();
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

// PostgreSQL (bug 7): the engine's introspection reads catalog columns of the internal `"char"`
// type (pg_class.relkind, pg_constraint.contype…), which @prisma/adapter-pg 7.10 does not map and
// refuses ("Column type 'char' could not be deserialized"). pg already returns them as strings;
// their columns are reported as text here. Only the schema engine's own pools are changed.
const PG_INTERNAL_CHAR = 18;
const PG_TEXT = 25;

function introspectablePg(url: string): PrismaPg {
  const pool = new pg.Pool({ connectionString: url });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const asText = (result: unknown) => {
      for (const field of (result as pg.QueryResult | undefined)?.fields ?? [])
        if (field.dataTypeID === PG_INTERNAL_CHAR) field.dataTypeID = PG_TEXT;
      return result;
    };
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const callback = typeof args.at(-1) === "function" ? (args.pop() as (e: unknown, r: unknown) => void) : null;
      if (callback) return query(...args, (error: unknown, result: unknown) => callback(error, asText(result)));
      const pending = query(...args);
      return pending instanceof Promise ? pending.then(asText) : pending;
    };
  });
  return new PrismaPg(pool, { disposeExternalPool: true });
}

// PostgreSQL (bug 8): adapter-pg 7.10 runs a script by splitting it at every `;`, which cuts a
// function body (the search index's triggers) apart. PostgreSQL runs a whole script sent as one
// simple query, so a migration goes to the server in one piece.
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script).catch((error: Error) => {
      throw new Error(`Error querying the database: ${error.message}`, { cause: error });
    });
  };
  return adapter;
}

/** What PrismaPg's own connectToShadowDb does (a new database, dropped on dispose), with the pool above. */
async function pgShadowDatabase(url: string): Promise<SqlDriverAdapter> {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await withPgClient(url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const adapter = await introspectablePg(shadowUrl.toString()).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await withPgClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  return adapter;
}

// ---------------------------------------------------------------------------------------------

/** The database a command works on: a SQLite file, or a PostgreSQL database on a server. */
type Target = { store: "sqlite"; url: string; file: string } | { store: "postgresql"; url: string };

/** The target a database URL names (a SQLite URL must name a file, not :memory:). */
export function migrationTarget(dbUrl: string): Target {
  if (storeOf(dbUrl) === "postgresql") return { store: "postgresql", url: dbUrl };
  const file = migrationDatabaseFile(dbUrl);
  return { store: "sqlite", url: `file:${file}`, file };
}

/** Whether the database exists yet (a SQLite file on disk, a database on the server). */
async function targetExists(target: Target): Promise<boolean> {
  return target.store === "sqlite" ? existsSync(target.file) : databaseExists(target.url);
}

/** Creates what a first migration needs: the file's directory, or the database on the server. */
async function prepareTarget(target: Target): Promise<void> {
  if (target.store === "sqlite") await mkdir(path.dirname(target.file), { recursive: true });
  else await createDatabaseIfMissing(target.url);
}

/** After migrating: SQLite files switch to WAL (see enableWal); PostgreSQL needs nothing. */
function afterMigrating(target: Target): void {
  if (target.store === "sqlite") enableWal(target.file);
}

interface Session {
  engine: SchemaEngine;
  migrationsDir: string;
  schema: SchemasContainer;
  filter: SchemaFilter;
}

/** Runs `fn` with an engine connected to `target`, then frees it and closes all its connections. */
async function withEngine<T>(target: Target, options: EngineOptions, fn: (session: Session) => Promise<T>): Promise<T> {
  await loadWasm();
  const schemaPath = options.schemaPath ?? SCHEMA_FILES[target.store];
  const schemaText = await readFile(schemaPath, "utf8");
  const factory = new TrackedFactory(target);
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
      migrationsDir: options.migrationsDir ?? MIGRATION_DIRS[target.store],
      schema: { files: [{ path: schemaPath, content: schemaText }] },
      filter: schemaFilter(target.store),
    });
  } catch (error) {
    throw engineError(error, target.store === "sqlite" ? target.file : describeDatabase(target.url));
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
  const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters: session.filter });
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
 * `prisma migrate deploy`: applies the store's pending migrations to the database, creating it
 * (a SQLite file and its directory, or a database on the server) if needed. A SQLite file then
 * switches to WAL journal mode.
 */
export async function applyMigrations(dbUrl: string, options: EngineOptions = {}): Promise<ApplyResult> {
  const target = migrationTarget(dbUrl);
  await prepareTarget(target);
  const applied = await withEngine(target, options, applyPending);
  afterMigrating(target);
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
  const target = migrationTarget(dbUrl);
  await prepareTarget(target);

  const result = await withEngine(target, options, async (session): Promise<CreateMigrationResult> => {
    const { engine, migrationsDir, schema, filter } = session;
    // Bug 1: devDiagnostic needs `_prisma_migrations`, which applying creates.
    const applied = await applyPending(session);

    let migrationsList = await readMigrationsList(migrationsDir);
    // Bug 4: createMigration needs devDiagnostic to have run first.
    const { action } = await engine.devDiagnostic({ migrationsList, filters: filter });
    if (action.tag === "reset") {
      throw new Error(`The database must be reset before a migration can be created: ${action.reason}`);
    }

    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema, filters: filter });
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
      filters: filter,
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
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: filter });
    return {
      created: created.generatedMigrationName,
      file: migrationFile,
      applied: [...applied, ...appliedMigrationNames],
      warnings,
    };
  });
  afterMigrating(target);
  return result;
}

interface MigrationRow {
  migration_name: string;
}

const FINISHED_MIGRATIONS =
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL " +
  "ORDER BY started_at, migration_name";

/** Finished, not rolled back migrations recorded in the database, or [] when it has no history table. */
async function recordedMigrations(target: Target): Promise<string[]> {
  if (target.store === "postgresql") {
    return withPgClient(target.url, async (client) => {
      const { rows } = await client.query<{ present: boolean }>(
        "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present",
      );
      if (!rows[0]?.present) return [];
      return (await client.query<MigrationRow>(FINISHED_MIGRATIONS)).rows.map((row) => row.migration_name);
    });
  }
  const db = new Database(target.file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return [];
    return (db.prepare(FINISHED_MIGRATIONS).all() as MigrationRow[]).map((row) => row.migration_name);
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
  const target = migrationTarget(dbUrl);
  const migrationsDir = options.migrationsDir ?? MIGRATION_DIRS[target.store];
  const onDisk = (await readMigrationsList(migrationsDir)).migrationDirectories.map((entry) => entry.path);
  if (!(await targetExists(target))) return onDisk;
  const finished = new Set(await recordedMigrations(target));
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
  const target = migrationTarget(dbUrl);
  const migrationsDir = options.migrationsDir ?? MIGRATION_DIRS[target.store];
  const onDisk = (await readMigrationsList(migrationsDir)).migrationDirectories.map((entry) => entry.path);
  const databaseExists = await targetExists(target);
  // An engine needs a main connection; without the database, one that creates nothing: an
  // in-memory SQLite database, or the server's maintenance database.
  const connected: Target = databaseExists
    ? target
    : target.store === "sqlite"
      ? { store: "sqlite", url: "file::memory:", file: ":memory:" }
      : { store: "postgresql", url: maintenanceUrl(target.url) };

  return withEngine(connected, { ...options, migrationsDir }, async ({ engine, schema, filter }) => {
    const migrationsList = await readMigrationsList(migrationsDir);
    // Schema changes no migration captures: the migrations (replayed on a shadow db) vs schema.prisma.
    const fromMigrations: DiffTarget =
      migrationsList.migrationDirectories.length > 0 ? { tag: "migrations", ...migrationsList } : { tag: "empty" };
    const schemaDiff = await engine.diff({
      from: fromMigrations,
      to: { tag: "schemaDatamodel", ...schema },
      script: false,
      exitCode: null,
      filters: filter,
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
      filters: filter,
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
        filters: filter,
      });
      drift = diffSummary(dbDiff.stdout);
    }

    return {
      databaseExists,
      migrations: onDisk,
      applied: await recordedMigrations(target),
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
 * `prisma migrate reset` without the seed: deletes the database (bug 3: the engine's reset through
 * the adapter only deletes rows), then applies every migration to a new one.
 */
export async function resetDatabase(dbUrl: string, options: EngineOptions = {}): Promise<ApplyResult> {
  const target = migrationTarget(dbUrl);
  if (target.store === "sqlite") await Promise.all(databaseFiles(target.file).map((each) => rm(each, { force: true })));
  else await dropDatabase(target.url);
  return applyMigrations(dbUrl, options);
}
