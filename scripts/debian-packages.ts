import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** A Debian package the tests or the bench run, and how to tell it is installed. */
export interface DebianPackage {
  name: string;
  present: () => boolean;
}

/** A package known by the binary it installs (the first of `candidates` that exists). */
export function packageWithBinary(name: string, candidates: string[]) {
  const binary = () => candidates.find((candidate) => existsSync(candidate));
  return { name, present: () => binary() !== undefined, binary };
}

export const NGINX = packageWithBinary("nginx", ["/usr/sbin/nginx", "/usr/bin/nginx"]);
export const REDIS_SERVER = packageWithBinary("redis-server", ["/usr/bin/redis-server"]);
export const WRK = packageWithBinary("wrk", ["/usr/bin/wrk"]);

/**
 * Installs the packages that are missing with apt-get, when run as root (as CI does); otherwise
 * throws saying what to install.
 */
export function installMissing(packages: DebianPackage[], log: (line: string) => void): void {
  const names = packages.filter(({ present }) => !present()).map(({ name }) => name);
  if (names.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`missing: ${names.join(", ")}. Install them: sudo apt-get install ${names.join(" ")}`);
  log(`installing ${names.join(", ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], { stdio: "inherit", env });
  // The package lists are refreshed only when the install fails without them.
  if (install().status === 0) return;
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (install().status !== 0) throw new Error(`apt-get could not install ${names.join(", ")}`);
}

/** The path of a package's binary, the package installed first when it is missing. */
export function ensureBinary(
  pkg: ReturnType<typeof packageWithBinary>,
  log = (line: string) => console.log(`[bench] ${line}`),
): string {
  installMissing([pkg], log);
  const binary = pkg.binary();
  if (!binary) throw new Error(`apt-get installed ${pkg.name}, but its binary was not found`);
  return binary;
}
