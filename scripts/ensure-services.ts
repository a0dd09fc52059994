// Makes sure the tests that run several instances have Debian's redis-server and nginx: installed
// with apt-get when missing and run as root, as CI does; otherwise says what to install.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PACKAGES = [
  { name: "redis-server", binaries: ["/usr/bin/redis-server"] },
  { name: "nginx", binaries: ["/usr/sbin/nginx", "/usr/bin/nginx"] },
];

const missing = PACKAGES.filter(({ binaries }) => !binaries.some((binary) => existsSync(binary)));
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
