import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBinary, WRK } from "../../scripts/debian-packages";

const autocannonCli = fileURLToPath(new URL("./autocannon-cli.mjs", import.meta.url));
const wrkReport = fileURLToPath(new URL("./wrk-report.lua", import.meta.url));

export const CONNECTIONS = 50;

export interface LoadResult {
  url: string;
  /** Answers received in the measured run (the warm-up's are not counted). */
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  bytesPerRequest: number;
  /** CPU time (user + system) the server process spent per answered request, when its pid is known. */
  serverCpuMsPerRequest?: number;
}

/**
 * What loads the URL, always in a process of its own so it never shares an event loop with what it
 * measures. autocannon (in Node) for Parley's own server; wrk (C) where nginx answers: there the
 * server outruns autocannon, which then measures itself (the same static file through nginx:
 * autocannon 8,040–17,099 req/s over 8 runs, wrk 17,587–18,329 over 6).
 */
export type LoadGenerator = "autocannon" | "wrk";

/** One run's counts, whichever generator made it. */
interface RunCounts {
  /** How long the run lasted: both stop at their next tick after the time asked for. */
  seconds: number;
  requests: number;
  bytes: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Loads one URL; a short warm-up run comes first and is discarded. */
export async function measureLoad(
  url: string,
  {
    seconds = 10,
    warmupSeconds = 2,
    connections = CONNECTIONS,
    headers = {} as Record<string, string>,
    serverPid = undefined as number | undefined,
    generator = "autocannon" as LoadGenerator,
  } = {},
): Promise<LoadResult> {
  const run = generator === "wrk" ? wrk : autocannon;
  if (generator === "wrk") await refuseUncountedAnswers(url, headers);
  if (warmupSeconds > 0) await run(url, warmupSeconds, headers, connections);
  const cpuBefore = serverPid === undefined ? 0 : cpuMs(serverPid);
  const result = await run(url, seconds, headers, connections);
  const serverCpuMs = serverPid === undefined ? undefined : cpuMs(serverPid) - cpuBefore;
  return {
    url,
    requests: result.requests,
    requestsPerSecond: result.requests / result.seconds,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    errors: result.errors,
    bytesPerRequest: result.requests ? result.bytes / result.requests : 0,
    serverCpuMsPerRequest: serverCpuMs === undefined || !result.requests ? undefined : serverCpuMs / result.requests,
  };
}

/**
 * Loads one URL in back-to-back rounds until `done` settles, so the load lasts as long as the work
 * it surrounds however slow the machine is. Reports the rounds together: requests per second over
 * the whole time, the worst round's p50 and p99, and every error.
 */
export async function measureLoadUntil(
  url: string,
  done: Promise<unknown>,
  { roundSeconds = 10, connections = CONNECTIONS } = {},
): Promise<LoadResult & { seconds: number }> {
  let finished = false;
  void done.finally(() => (finished = true)).catch(() => {});
  const rounds: LoadResult[] = [];
  do rounds.push(await measureLoad(url, { seconds: roundSeconds, warmupSeconds: 0, connections }));
  while (!finished);
  const seconds = rounds.length * roundSeconds;
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  return {
    url,
    seconds,
    requests,
    requestsPerSecond: requests / seconds,
    p50Ms: Math.max(...rounds.map((round) => round.p50Ms)),
    p99Ms: Math.max(...rounds.map((round) => round.p99Ms)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    bytesPerRequest: rounds.reduce((sum, round) => sum + round.bytesPerRequest, 0) / rounds.length,
  };
}

// Linux's clock ticks (USER_HZ) are 100 a second on every architecture Node runs on.
const MS_PER_TICK = 10;

/** CPU time a process has used so far (user + system, from /proc/<pid>/stat). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

/** Runs a load generator; its summary is the last line of what it prints, as JSON. */
function runJson(command: string, args: string[], seconds: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024, timeout: (seconds + 30) * 1000 }, (error, stdout) => {
      if (error) return reject(new Error(`${error.message}\n${stdout.slice(-2000)}`));
      try {
        resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? ""));
      } catch {
        reject(new Error(`${path.basename(command)} printed no summary:\n${stdout.slice(-2000)}`));
      }
    });
  });
}

async function autocannon(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  connections: number,
): Promise<RunCounts> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const args = [autocannonCli, "-c", String(connections), "-d", String(seconds), "-t", "10", "-j", ...headerArgs, url];
  const result = (await runJson(process.execPath, args, seconds)) as {
    duration: number;
    requests: { total: number };
    latency: { p50: number; p99: number };
    throughput: { total: number };
    errors: number;
    non2xx: number;
  };
  return {
    seconds: result.duration,
    requests: result.requests.total,
    bytes: result.throughput.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon's errors include its timeouts.
    errors: result.errors + result.non2xx,
  };
}

/** wrk counts only 4xx and 5xx answers as errors: a URL that answers 1xx or 3xx is refused. */
async function refuseUncountedAnswers(url: string, headers: Record<string, string>): Promise<void> {
  const probe = await fetch(url, { headers, redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status < 200 || (probe.status >= 300 && probe.status < 400))
    throw new Error(`${url} answered ${probe.status}, which wrk would not count as an error`);
}

/** wrk with one thread (one core, as autocannon takes), its summary printed by wrk-report.lua. */
async function wrk(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  connections: number,
): Promise<RunCounts> {
  if (!Number.isInteger(seconds)) throw new Error(`wrk runs for whole seconds, not ${seconds}`);
  const binary = ensureBinary(WRK);
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = ["-t", "1", "-c", String(connections), "-d", `${seconds}s`, "--timeout", "10s"];
  const result = (await runJson(binary, [...args, "-s", wrkReport, ...headerArgs, url], seconds)) as {
    requests: number;
    bytes: number;
    durationUs: number;
    p50Us: number;
    p99Us: number;
    connect: number;
    read: number;
    write: number;
    status: number;
    timeout: number;
  };
  return {
    seconds: result.durationUs / 1_000_000,
    requests: result.requests,
    bytes: result.bytes,
    p50Ms: result.p50Us / 1000,
    p99Ms: result.p99Us / 1000,
    errors: result.connect + result.read + result.write + result.status + result.timeout,
  };
}
