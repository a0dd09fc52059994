// A throwaway PostgreSQL cluster from Debian's packages (initdb + pg_ctl), for the tests, the bench
// and `npm run db:migrate` when no server is named: created in a temporary directory on a free
// port, deleted when stopped. Run as root (CI), the server runs as the `postgres` user.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayPostgresql {
  port: number;
  /** A URL for `database` on this cluster (created by the caller, or by Parley's migrate step). */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** fsync and synchronous commit off: for tests, where a crash loses nothing of value. */
  fast?: boolean;
}

/** The newest installed PostgreSQL's binaries (15 or later), or null. */
export function postgresqlBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .map(Number)
    .filter((version) => version >= 15)
    .sort((a, b) => b - a);
  const dir = versions.map((version) => path.join(root, String(version), "bin")).find((bin) => existsSync(bin));
  return dir ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgresql(options: ThrowawayOptions = {}): Promise<ThrowawayPostgresql> {
  const bin = postgresqlBinaries();
  if (!bin) throw new Error("PostgreSQL 15 or later is not installed: apt-get install postgresql");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-pg-"));
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout || result.error}`);
  };
  const data = path.join(dir, "data");
  const port = await freePort();
  const settings = ["-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  if (options.fast) settings.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  try {
    run(path.join(bin, "initdb"), [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    run(path.join(bin, "pg_ctl"), ["-D", data, "-o", settings.join(" "), "-l", path.join(dir, "log"), "-w", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
