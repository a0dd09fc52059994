import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const autocannonCli = fileURLToPath(new URL("./autocannon-cli.mjs", import.meta.url));

export const CONNECTIONS = 50;

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  bytesPerRequest: number;
  /** CPU time (user + system) the server process spent per answered request, when its pid is known. */
  serverCpuMsPerRequest?: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * Loads one URL from a separate process (autocannon's CLI, keeping no bodies), so the load
 * generator never shares an event loop with what it measures. A short warm-up run comes first and
 * is discarded.
 */
export async function measureLoad(
  url: string,
  {
    seconds = 10,
    warmupSeconds = 2,
    connections = CONNECTIONS,
    headers = {} as Record<string, string>,
    serverPid = undefined as number | undefined,
  } = {},
): Promise<LoadResult> {
  if (warmupSeconds > 0) await autocannon(url, warmupSeconds, headers, connections);
  const cpuBefore = serverPid === undefined ? 0 : cpuMs(serverPid);
  const result = await autocannon(url, seconds, headers, connections);
  const serverCpuMs = serverPid === undefined ? undefined : cpuMs(serverPid) - cpuBefore;
  return {
    url,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
    serverCpuMsPerRequest:
      serverCpuMs === undefined || !result.requests.total ? undefined : serverCpuMs / result.requests.total,
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
  const requests = rounds.reduce((sum, round) => sum + round.requestsPerSecond * roundSeconds, 0);
  return {
    url,
    seconds,
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

function autocannon(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  connections: number,
): Promise<AutocannonJson> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const args = [autocannonCli, "-c", String(connections), "-d", String(seconds), "-t", "10", "-j", ...headerArgs, url];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { maxBuffer: 16 * 1024 * 1024, timeout: (seconds + 30) * 1000 },
      (error, stdout) => {
        if (error) return reject(error);
        try {
          resolve(JSON.parse(stdout) as AutocannonJson);
        } catch (parseError) {
          reject(parseError);
        }
      },
    );
  });
}
