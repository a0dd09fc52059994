import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

const started = new Set<ChildProcess>();
const stopping = new WeakSet<ChildProcess>();

/** Starts a long-running helper (a server); every one is stopped when the bench ends, however it ends. */
export function startProcess(command: string, args: string[], options: SpawnOptions & { name: string }): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code, signal) => {
    started.delete(child);
    if (code && !signal && !stopping.has(child))
      console.error(`[bench] ${options.name} exited with ${code}:\n${output}`);
  });
  started.add(child);
  return child;
}

/** Process ids of the helpers running now. */
export function ownProcessIds(): number[] {
  return [...started].map((child) => child.pid).filter((pid): pid is number => pid !== undefined);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  stopping.add(child);
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

const cleanups = new Set<() => Promise<void>>();

/** Something to undo when the bench ends, however it ends, after its processes stop (a database cluster). */
export function onStopAll(cleanup: () => Promise<void>): void {
  cleanups.add(cleanup);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...started].map(stopProcess));
  for (const cleanup of cleanups) {
    cleanups.delete(cleanup);
    await cleanup().catch((error: unknown) => console.error(`[bench] cleaning up: ${String(error)}`));
  }
}

/** Runs a command to completion, collecting its standard output. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}: ${stderr.slice(-2000)}`)),
    );
  });
}

/** Polls a URL until it answers (any status below 500), or gives up. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
