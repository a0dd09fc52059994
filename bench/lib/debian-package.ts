import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The path of a binary from a Debian package, installing the package with apt-get when it is
 * missing and the bench runs as root (as the README says); otherwise says what to install.
 */
export function ensureDebianBinary(packageName: string, candidates: string[]): string {
  const present = () => candidates.find((candidate) => existsSync(candidate));
  const found = present();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(
      `${packageName} is not installed: run \`sudo apt-get install ${packageName}\`, then the bench again`,
    );
  console.log(`[bench] installing Debian's ${packageName} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", packageName], { stdio: "inherit", env });
  const installed = present();
  if (!installed) throw new Error(`apt-get installed ${packageName}, but none of ${candidates.join(", ")} exists`);
  return installed;
}
