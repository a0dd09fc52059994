// The steps shared by `npm start` and the end-to-end test server: migrate, seed, build, serve.
// Any number of instances may take them at once on one database and one build folder: the steps
// that write (migrate and seed; build) each run under a lock, and only when not done already.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations, pendingMigrations } from "../lib/migrations/schema-engine";
import { buildInputsHash } from "../lib/start/build-inputs";
import { withDatabaseLock } from "../lib/start/database-lock";
import { withExclusiveLock } from "../lib/start/exclusive-lock";
import { pagesStamp, samePages, type PagesStamp } from "../lib/start/pages-stamp";
import { seedIfEmptyAt } from "../prisma/seed/seed";
import { serverCommand } from "./server-command";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

/**
 * Applies pending migrations, seeds an empty database and creates the admin from the environment,
 * one starting instance at a time. The schema engine needs the database to itself, so it runs only
 * when a migration is pending: an instance starting beside others that serve never needs it.
 */
export async function prepareDatabase(url: string) {
  await withDatabaseLock(
    url,
    async () => {
      const started = performance.now();
      const pending = await pendingMigrations(url);
      if (pending.length > 0) {
        await applyMigrations(url).catch((error: Error) => {
          throw new Error(`${pending.length} migration(s) to apply (${pending.join(", ")}): ${error.message}`, {
            cause: error,
          });
        });
      }
      const { seeded } = await seedIfEmptyAt(url);
      const ms = Math.round(performance.now() - started);
      const what = seeded ? "seeded an empty database" : "existing data kept";
      console.log(`[parley] database ready (${pending.length} migration(s) applied, ${what}) in ${ms} ms`);
      if (process.env.ADMIN_EMAIL) {
        process.env.DATABASE_URL = url;
        const { ensureAdminFromEnv } = await import("../lib/auth/accounts");
        const done = await ensureAdminFromEnv();
        if (done) console.log(`[parley] ${done}`);
      }
    },
    { onWait: () => console.log("[parley] another instance is preparing the database: waiting for it") },
  );
}

export interface BuildStamp {
  /** `buildInputsHash`: the code, dependencies, schema and migrations the build was made from. */
  inputs: string;
  /** What its prerendered pages hold: the content of the database it read, and its origin. */
  pages: PagesStamp;
  /** When it finished (epoch ms): pages stored after that were rendered by a server, not by it. */
  builtAt: number;
}

export interface BuildOptions {
  /** Build even if the build folder holds a build of the same inputs. */
  force?: boolean;
  /** Makes the build (`next build` unless given): tests pass a fast one. */
  build?: (distDir: string, env: NodeJS.ProcessEnv) => Promise<void>;
}

const stampFile = (distDir: string) => path.resolve(root, distDir, "parley-build.json");

export function readBuildStamp(distDir: string): BuildStamp | undefined {
  if (!existsSync(path.resolve(root, distDir, "BUILD_ID"))) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(stampFile(distDir), "utf8")) as Partial<BuildStamp>;
    return typeof stamp.inputs === "string" && stamp.pages && typeof stamp.builtAt === "number"
      ? (stamp as BuildStamp)
      : undefined;
  } catch {
    return undefined;
  }
}

function nextBuild(_distDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(nextBin, ["build"], { cwd: root, stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("next build failed"))));
  });
}

/**
 * Builds when the build folder holds no build of the current code, dependencies and schema. The
 * port, origin and database are not part of it: the code reads them at run time (see
 * `storedPagesEnv` for the prerendered pages). Instances starting together build once: one builds
 * under the folder's lock while the others wait for it, then use its build.
 */
export async function buildIfNeeded(
  distDir: string,
  env: NodeJS.ProcessEnv,
  { force = false, build = nextBuild }: BuildOptions = {},
): Promise<BuildStamp> {
  const calledAt = Date.now();
  const inputs = buildInputsHash(root);
  const usable = (stamp: BuildStamp | undefined): stamp is BuildStamp =>
    stamp?.inputs === inputs && (!force || stamp.builtAt >= calledAt);

  const existing = readBuildStamp(distDir);
  if (usable(existing)) {
    console.log(`[parley] using the production build in ${distDir}`);
    return existing;
  }
  return withExclusiveLock(
    `${path.resolve(root, distDir)}.build-lock`,
    async () => {
      // Another instance may have built it while this one waited.
      const built = readBuildStamp(distDir);
      if (usable(built)) {
        console.log(`[parley] using the production build in ${distDir}, just made by another instance`);
        return built;
      }
      const reason = force ? "asked to" : built ? "the code, dependencies or schema changed" : "no build yet";
      console.log(`[parley] building for production into ${distDir} (${reason})…`);
      const pages = await pagesStamp(env.DATABASE_URL ?? "", env);
      // A build that fails half way must not pass for a finished one.
      rmSync(stampFile(distDir), { force: true });
      await build(distDir, env);
      const stamp: BuildStamp = { inputs, pages, builtAt: Date.now() };
      writeFileSync(stampFile(distDir), JSON.stringify(stamp, null, 2));
      return stamp;
    },
    { onWait: () => console.log(`[parley] another instance is building into ${distDir}: waiting for it`) },
  );
}

/**
 * Whether the server may serve the build's prerendered pages (lib/cache/page-cache-handler.mjs):
 * only when they hold this instance's database content, origin and clock. Otherwise (another
 * database, or this one changed since the build, or another origin) each page is rendered on its
 * first request instead, from this database and with this origin.
 */
export async function storedPagesEnv(
  build: BuildStamp,
  env: NodeJS.ProcessEnv,
): Promise<{ PARLEY_PRERENDERED_UNTIL: string }> {
  const same = samePages(build.pages, await pagesStamp(env.DATABASE_URL ?? "", env));
  if (!same) {
    console.log(
      "[parley] the build's prerendered pages hold other content or another origin: each page is rendered on its first request",
    );
  }
  return { PARLEY_PRERENDERED_UNTIL: String(same ? build.builtAt : 0) };
}

/** Runs the production server in the foreground, passing signals through so shutdown is graceful. */
export function serve(port: string, env: NodeJS.ProcessEnv, hostname?: string) {
  console.log(`[parley] serving on http://${hostname ?? "localhost"}:${port}`);
  const [command, args] = serverCommand(port, hostname);
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
