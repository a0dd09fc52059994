import { execFile } from "node:child_process";
import { createRequire } from "node:module";

const autocannonCli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

export const CONNECTIONS = 50;

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  bytesPerRequest: number;
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
 * Loads one URL from a separate process (autocannon's own CLI), so the load generator never
 * shares an event loop with what it measures. A short warm-up run comes first and is discarded.
 */
export async function measureLoad(url: string, { seconds = 10, warmupSeconds = 2, connections = CONNECTIONS, headers = {} as Record<string, string> } = {}): Promise<LoadResult> {
  if (warmupSeconds > 0) await autocannon(url, warmupSeconds, headers, connections);
  const result = await autocannon(url, seconds, headers, connections);
  return {
    url,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

function autocannon(url: string, seconds: number, headers: Record<string, string>, connections: number): Promise<AutocannonJson> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const args = [autocannonCli, "-c", String(connections), "-d", String(seconds), "-t", "10", "-j", ...headerArgs, url];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024, timeout: (seconds + 30) * 1000 }, (error, stdout) => {
      if (error) return reject(error);
      try {
        resolve(JSON.parse(stdout) as AutocannonJson);
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}
