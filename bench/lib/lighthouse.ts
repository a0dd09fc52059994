import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/browser";
import { startProcess, stopProcess, waitForHttp } from "./processes";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Audits per page; Lighthouse's own guidance on variability is the median of five. */
export const LIGHTHOUSE_RUNS = 5;
export type LighthouseScores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;

/**
 * Lighthouse's default audit (a mid-range phone on a throttled connection, simulated) of each URL,
 * in Debian's Chromium. Performance varies from run to run, so each page is audited `runs` times and
 * the median score is kept.
 */
export async function auditPages(
  urls: string[],
  { runs = LIGHTHOUSE_RUNS, debuggingPort = 9333 } = {},
): Promise<Map<string, LighthouseScores>> {
  const chromium = findChromium();
  if (!chromium) throw new Error("no Chromium found (scripts/browser.ts lists where it looks)");
  const profile = mkdtempSync(path.join(os.tmpdir(), "parley-lighthouse-"));
  const browser = startProcess(
    chromium,
    [
      "--headless=new",
      `--remote-debugging-port=${debuggingPort}`,
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
      "about:blank",
    ],
    { name: "chromium" },
  );
  try {
    await waitForHttp(`http://127.0.0.1:${debuggingPort}/json/version`);
    const results = new Map<string, LighthouseScores>();
    for (const url of urls) {
      const audits: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) audits.push(await auditOnce(url, debuggingPort));
      results.set(url, medianScores(audits));
    }
    return results;
  } finally {
    await stopProcess(browser);
    rmSync(profile, { recursive: true, force: true });
  }
}

async function auditOnce(url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...LIGHTHOUSE_CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  return Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
  ) as LighthouseScores;
}

function medianScores(audits: LighthouseScores[]): LighthouseScores {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => [id, median(audits.map((audit) => audit[id]))]),
  ) as LighthouseScores;
}
