import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/browser";
import { startProcess, stopProcess, waitForHttp } from "./processes";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Audits per page; Lighthouse's own guidance on variability is the median of five. */
export const LIGHTHOUSE_RUNS = 5;
/** The performance score's metrics, to say where a score's points went. */
export const LIGHTHOUSE_METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
} as const;
export type LighthouseScores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number> &
  Record<keyof typeof LIGHTHOUSE_METRICS, number> & {
    /**
     * Lighthouse's measure of the host's CPU. Its phone is the host slowed 4×, which its
     * docs/throttling.md calibrates for a host of 1,500-2,000; below 1,000 it warns that scores suffer.
     */
    benchmarkIndex: number;
  };

/**
 * Lighthouse's default audit (a mid-range phone on a throttled connection, simulated) of each URL,
 * in Debian's Chromium. Performance varies from run to run, so each page is audited `runs` times, the
 * pages in turns so that a drift of the machine reaches all of them, and each median is kept.
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
    const audits = new Map<string, LighthouseScores[]>(urls.map((url) => [url, []]));
    for (let run = 0; run < runs; run++) {
      for (const url of urls) audits.get(url)!.push(await auditOnce(url, debuggingPort));
    }
    return new Map([...audits].map(([url, scores]) => [url, medianScores(scores)]));
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
  const { categories, audits, runtimeError, environment } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  return Object.fromEntries([
    ...LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
    ...Object.entries(LIGHTHOUSE_METRICS).map(([name, id]) => [name, audits[id]?.numericValue ?? NaN]),
    ["benchmarkIndex", environment.benchmarkIndex],
  ]) as LighthouseScores;
}

/** "FCP 0.8 s · LCP 2.1 s · TBT 480 ms · CLS 0" */
export function metricsText(scores: LighthouseScores): string {
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
  return [
    `FCP ${seconds(scores.FCP)}`,
    `LCP ${seconds(scores.LCP)}`,
    `TBT ${Math.round(scores.TBT)} ms`,
    `CLS ${scores.CLS.toFixed(2)}`,
  ].join(" · ");
}

function medianScores(audits: LighthouseScores[]): LighthouseScores {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const keys = [
    ...LIGHTHOUSE_CATEGORIES,
    ...(Object.keys(LIGHTHOUSE_METRICS) as (keyof typeof LIGHTHOUSE_METRICS)[]),
    "benchmarkIndex" as const,
  ];
  return Object.fromEntries(keys.map((key) => [key, median(audits.map((audit) => audit[key]))])) as LighthouseScores;
}
