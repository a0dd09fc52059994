// The steps shared by `npm start` and the end-to-end test server: migrate, seed, build, serve.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../lib/migrations/schema-engine";
import { seedIfEmptyAt } from "../prisma/seed/seed";
import { serverCommand } from "./server-command";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

export async function prepareDatabase(url: string) {
  const started = performance.now();
  await applyMigrations(url);
  const { seeded } = await seedIfEmptyAt(url);
  const ms = Math.round(performance.now() - started);
  console.log(`[parley] database ready (${seeded ? "seeded an empty database" : "existing data kept"}) in ${ms} ms`);
  if (process.env.ADMIN_EMAIL) {
    process.env.DATABASE_URL = url;
    const { ensureAdminFromEnv } = await import("../lib/auth/accounts");
    const done = await ensureAdminFromEnv();
    if (done) console.log(`[parley] ${done}`);
  }
}

interface BuildStamp {
  databaseUrl: string;
  migrations: string[];
  /** Prerendered pages carry absolute links (feeds, share images, embed code) to this origin. */
  origin: string;
}

function currentStamp(databaseUrl: string, origin: string): BuildStamp {
  const migrations = readdirSync(path.join(root, "prisma", "migrations"))
    .filter((name) => /^\d/.test(name))
    .sort();
  return { databaseUrl, migrations, origin };
}

/**
 * Builds when there is no production build, or when it was built against another database, schema
 * or origin: cached pages are prerendered from the database the build saw, with its origin.
 */
export function buildIfNeeded(distDir: string, env: NodeJS.ProcessEnv, { force = false } = {}) {
  const stampFile = path.join(root, distDir, "parley-build.json");
  const wanted = currentStamp(env.DATABASE_URL ?? "", env.PARLEY_ORIGIN ?? "");
  const built =
    existsSync(path.join(root, distDir, "BUILD_ID")) && existsSync(stampFile)
      ? (JSON.parse(readFileSync(stampFile, "utf8")) as BuildStamp)
      : undefined;
  if (!force && built && JSON.stringify(built) === JSON.stringify(wanted)) {
    console.log(`[parley] using the production build in ${distDir}`);
    return;
  }
  console.log(
    `[parley] building for production into ${distDir} (${built ? "database or schema changed" : "no build yet"})…`,
  );
  const result = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
}

/** Runs the production server in the foreground, passing signals through so shutdown is graceful. */
export function serve(port: string, env: NodeJS.ProcessEnv, hostname?: string) {
  console.log(`[parley] serving on http://${hostname ?? "localhost"}:${port}`);
  const [command, args] = serverCommand(port, hostname);
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
