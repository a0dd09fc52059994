// Makes sure the tests have Debian's redis-server and nginx (the tests that run several instances),
// PostgreSQL (the integration suite's second store, a throwaway cluster started with its
// initdb/pg_ctl) and wrk (the bench's load generator where nginx answers, tested with the other):
// installed with apt-get when missing and run as root, as CI does; otherwise says what to install.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { postgresqlBinaries } from "../lib/store/throwaway-postgresql";

const PACKAGES = [
  { name: "redis-server", present: () => existsSync("/usr/bin/redis-server") },
  { name: "nginx", present: () => existsSync("/usr/sbin/nginx") || existsSync("/usr/bin/nginx") },
  // Debian 12's package is PostgreSQL 15, under /usr/lib/postgresql/15/bin; any later one does too.
  { name: "postgresql", present: () => postgresqlBinaries() !== null },
  { name: "wrk", present: () => existsSync("/usr/bin/wrk") },
];

const missing = PACKAGES.filter(({ present }) => !present());
if (missing.length > 0) {
  const names = missing.map(({ name }) => name);
  if (process.getuid?.() !== 0) {
    console.error(`[services] missing: ${names.join(", ")}. Install them: sudo apt-get install ${names.join(" ")}`);
    process.exit(1);
  }
  console.log(`[services] installing ${names.join(", ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], { stdio: "inherit", env });
  if (
    install().status !== 0 &&
    (spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }), install().status !== 0)
  )
    process.exit(1);
}
