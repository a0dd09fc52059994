// Backups of a PostgreSQL site with PostgreSQL's own tools: `pg_dump -Fc` writes one
// point-in-time snapshot (its own repeatable-read transaction) while the app keeps serving, and
// `pg_restore` puts it back in one transaction. The password travels in PGPASSWORD, never in
// the command line (which `ps` shows to every user) nor in a message.
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { describeDatabase } from "../store/url";
import { fileStart, PG_DUMP_MAGIC, SQLITE_MAGIC } from "./file-start";
import { postgresqlBinaries } from "../store/throwaway-postgresql";

/** Settings in a Prisma URL that libpq refuses ("invalid URI query parameter"). */
const PRISMA_ONLY_PARAMETERS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
];

/** A client program from Debian's PostgreSQL packages (the newest installed), else from PATH. */
export function postgresqlClientProgram(name: "pg_dump" | "pg_restore"): string {
  const installed = postgresqlBinaries();
  const candidates = [
    ...(installed ? [path.join(installed, name)] : []),
    ...(process.env.PATH ?? "")
      .split(path.delimiter)
      .filter(Boolean)
      .map((dir) => path.join(dir, name)),
  ];
  const found = candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found)
    throw new Error(
      `${name} is not installed: backups of a PostgreSQL database need PostgreSQL's client programs, ` +
        "of the server's major version or later (Debian: apt-get install postgresql-client)",
    );
  return found;
}

/** The URL libpq gets (no password, no Prisma-only settings) and the environment with the password. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const name of PRISMA_ONLY_PARAMETERS) parsed.searchParams.delete(name);
  const env = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

async function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${path.basename(program)} failed: ${stderr.trim() || `exit code ${code}`}`));
    });
  });
}

/** Writes a custom-format dump of the database to `destination` (complete, or not at all). */
export async function dumpDatabase(url: string, destination: string): Promise<{ bytes: number }> {
  const program = postgresqlClientProgram("pg_dump");
  const { dbname, env } = connection(url);
  mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    await run(program, ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    await verifyDump(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, destination);
  return { bytes: statSync(destination).size };
}

/** Throws unless the file is a whole custom-format dump of a Parley database. */
export async function verifyDump(file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const start = fileStart(file);
  if (start.startsWith(SQLITE_MAGIC))
    throw new Error(`${file} is a SQLite backup, not a PostgreSQL dump: restore it into a SQLite database`);
  if (!start.startsWith(PG_DUMP_MAGIC))
    throw new Error(`${file} is not a PostgreSQL dump made by npm run db:backup (pg_dump -Fc)`);
  const contents = await run(postgresqlClientProgram("pg_restore"), ["--list", file], process.env).catch(
    (error: Error) => {
      throw new Error(`${file} is a damaged PostgreSQL dump: ${error.message}`);
    },
  );
  if (!/ TABLE \S+ _prisma_migrations /.test(contents))
    throw new Error(`${file} is not a Parley database (no migration history)`);
}

/**
 * Replaces the database's tables with the dump's, in one transaction: a dump that fails halfway
 * (truncated, or refused by the server) leaves the database as it was.
 */
export async function restoreDump(file: string, url: string): Promise<void> {
  await verifyDump(file);
  const { dbname, env } = connection(url);
  await run(
    postgresqlClientProgram("pg_restore"),
    ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`, file],
    env,
  ).catch((error: Error) => {
    throw new Error(`Restoring ${describeDatabase(url)} from ${file} changed nothing: ${error.message}`);
  });
}
