import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseFilePath } from "../../lib/store/url";
import { buildIfNeeded, prepareDatabase } from "../../scripts/app-server";
import { serverCommand } from "../../scripts/server-command";
import { startProcess, waitForHttp } from "./processes";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
export const BARE_NEXT_DIR = path.join(ROOT, "bench", "bare-next");

export interface ParleyTarget {
  /** Database (a SQLite file's absolute `file:` URL, or a PostgreSQL database) and build folder (relative to the repository). */
  databaseUrl: string;
  distDir: string;
  port: number;
}

function parleyEnv({ databaseUrl, distDir, port }: ParleyTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PARLEY_DIST_DIR: distDir,
    PARLEY_ORIGIN: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    // The load test is one address asking thousands of times a second: the API's per-address
    // budget is raised out of its way (the limiter still runs, so its cost is measured).
    PARLEY_API_RATE_PER_MINUTE: "1000000000",
    PARLEY_API_RATE_BURST: "1000000000",
  };
}

/** A fresh seeded database (never data/parley.db) with a production build of its own. */
export async function prepareSeededParley(target: ParleyTarget) {
  const file = databaseFilePath(target.databaseUrl);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  await prepareDatabase(target.databaseUrl);
}

/** Builds (always, unless asked to reuse: the build bakes in the database and the code it saw). */
export async function buildParley(target: ParleyTarget, { reuseBuild = false } = {}) {
  await buildIfNeeded(target.distDir, parleyEnv(target), { force: !reuseBuild });
}

export async function startParley(
  target: ParleyTarget,
  name: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const [command, args] = serverCommand(String(target.port), "127.0.0.1");
  const child = startProcess(command, args, { cwd: ROOT, env: { ...parleyEnv(target), ...env }, name });
  await waitForHttp(`http://127.0.0.1:${target.port}/`);
  return child;
}

/** The framework's floor: bench/bare-next, one page with one client component, same Next and React. */
export function buildBareNext({ reuseBuild = false } = {}) {
  if (reuseBuild && existsSync(path.join(BARE_NEXT_DIR, ".next", "BUILD_ID"))) return;
  execFileSync(NEXT_BIN, ["build"], {
    cwd: BARE_NEXT_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
}

export async function startBareNext(port: number): Promise<ChildProcess> {
  const child = startProcess(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: BARE_NEXT_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    name: "bare Next.js",
  });
  await waitForHttp(`http://127.0.0.1:${port}/`);
  return child;
}
