// More production servers on the end-to-end build, for the tests of several instances: each on a
// port and database of the test's choosing, with the environment it is given.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { readBuildStamp, storedPagesEnv } from "../../scripts/app-server";
import { serverCommand } from "../../scripts/server-command";
import { E2E_NOW } from "../../playwright.config";
import { E2E_DATABASE } from "./accounts";

const root = path.resolve(import.meta.dirname, "../..");
export const E2E_DIST_DIR = `.next-${process.env.E2E_NAME ?? "e2e"}`;

/** A copy of the end-to-end database as it is now, consistent though the test server is writing. */
export async function snapshotDatabase(name: string): Promise<string> {
  const file = path.join(root, "data", `${process.env.E2E_NAME ?? "e2e"}-${name}.db`);
  const source = new Database(E2E_DATABASE, { readonly: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  return file;
}

export interface Instance {
  origin: string;
  port: number;
  process: ChildProcess;
  output(): string;
}

export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const [command, args] = serverCommand(String(port), "127.0.0.1");
  // Without the test runner's own NODE_OPTIONS (its loader), as a server is started in production.
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: "",
    NODE_ENV: "production",
    PARLEY_DIST_DIR: E2E_DIST_DIR,
    PARLEY_CLOCK: E2E_NOW,
    PARLEY_ORIGIN: `http://127.0.0.1:${port}`,
    ...env,
  };
  // Whether the build's prerendered pages hold this instance's content and origin, as `npm start` decides.
  const build = readBuildStamp(E2E_DIST_DIR);
  if (build) Object.assign(serverEnv, await storedPagesEnv(build, serverEnv));
  const child = spawn(command, args, { cwd: root, env: serverEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on("data", (chunk: Buffer) => (output = (output + chunk).slice(-20_000)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = await fetch(`${origin}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the instance on ${port} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, port, process: child, output: () => output };
}

export async function stopInstance(instance: Instance | undefined, signal: NodeJS.Signals = "SIGTERM") {
  const child = instance?.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}
