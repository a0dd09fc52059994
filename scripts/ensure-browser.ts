// Makes sure the end-to-end tests have a Chromium: an installed one, else Playwright's own
// download where its host is reachable, else Debian's package through apt-get when root.
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { findChromium } from "./browser";

function run(command: string, args: string[]): boolean {
  console.log(`[browser] $ ${command} ${args.join(" ")}`);
  return (
    spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
      .status === 0
  );
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function main() {
  const found = findChromium() ?? playwrightChromium();
  if (found) {
    console.log(`[browser] using ${found}`);
    return;
  }
  console.log("[browser] no Chromium found; trying Playwright's installer");
  if (run("npx", ["playwright", "install", "chromium"]) && playwrightChromium()) return;
  if (process.getuid?.() === 0) {
    console.log("[browser] Playwright's download failed; installing Debian's chromium with apt-get");
    if (
      run("apt-get", ["update"]) &&
      run("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"]) &&
      findChromium()
    ) {
      console.log(`[browser] using ${findChromium()}`);
      return;
    }
  }
  console.error("[browser] could not get a Chromium. Install one (apt-get install chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}

main();
