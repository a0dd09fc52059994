// Which stored pages Parley's page cache (lib/cache/page-cache-handler.mjs) serves when `npm start`
// says the build's prerendered pages do or do not hold this instance's content and origin
// (PARLEY_PRERENDERED_UNTIL, from scripts/app-server.ts): pages on disk as `next build` and other
// servers leave them, read by Next's own FileSystemCache.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import type {
  CachedRouteKind,
  IncrementalCachedAppPageValue,
  IncrementalCacheKind,
} from "next/dist/server/response-cache/types";
import { afterEach, describe, expect, it, vi } from "vitest";

const APP_PAGE = "APP_PAGE" as CachedRouteKind.APP_PAGE;
const READ = { kind: "APP_PAGE" as IncrementalCacheKind.APP_PAGE, isRoutePPREnabled: true, isFallback: false };
const WRITE = { isRoutePPREnabled: true, isFallback: false };
const BUILT_AT = Date.now() - 60_000;

/** The handler module as a server started with PARLEY_PRERENDERED_UNTIL=`until` loads it. */
async function handlerFor(until: string | undefined) {
  vi.resetModules();
  vi.stubEnv("PARLEY_PRERENDERED_UNTIL", until);
  const { default: PageCacheHandler } = await import("../../lib/cache/page-cache-handler.mjs");
  const serverDistDir = mkdtempSync(path.join(os.tmpdir(), "parley-prerendered-"));
  const cache = new PageCacheHandler({
    fs: nodeFs,
    dev: false,
    flushToDisk: true,
    serverDistDir,
    revalidatedTags: [],
    _requestHeaders: {},
    maxMemoryCacheSize: 8 * 1024 * 1024,
  });
  return { cache, serverDistDir };
}

/** A page as `next build` (or another server) leaves it on disk, written at `at`. */
function pageOnDisk(serverDistDir: string, key: string, text: string, at: number) {
  const base = path.join(serverDistDir, "app", key);
  mkdirSync(path.dirname(base), { recursive: true });
  writeFileSync(`${base}.html`, `<p>${text}</p>`);
  writeFileSync(`${base}.rsc`, text);
  writeFileSync(`${base}.meta`, JSON.stringify({ status: 200, headers: { "x-next-cache-tags": "_N_T_/layout" } }));
  for (const suffix of [".html", ".rsc", ".meta"]) utimesSync(`${base}${suffix}`, at / 1000, at / 1000);
}

const page = (text: string): IncrementalCachedAppPageValue => ({
  kind: APP_PAGE,
  html: `<p>${text}</p>`,
  rscData: Buffer.from(text),
  headers: { "x-next-cache-tags": "_N_T_/layout" },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});

async function served(cache: { get: (key: string, ctx: typeof READ) => Promise<unknown> }, key: string) {
  const entry = (await cache.get(key, READ)) as { value?: { html?: string } } | null;
  return entry?.value?.html;
}

afterEach(() => vi.unstubAllEnvs());

describe("stored pages a server may serve", () => {
  it("with the build's pages made for this instance: those, and what it renders, never other servers' renders", async () => {
    const { cache, serverDistDir } = await handlerFor(String(BUILT_AT));
    pageOnDisk(serverDistDir, "trusted/prerendered", "from the build", BUILT_AT - 5000);
    pageOnDisk(serverDistDir, "trusted/elsewhere", "rendered by another server", BUILT_AT + 5000);
    expect(await served(cache, "/trusted/prerendered")).toBe("<p>from the build</p>");
    expect(await served(cache, "/trusted/elsewhere")).toBeUndefined();

    await cache.set("/trusted/elsewhere", page("rendered here"), WRITE);
    expect(await served(cache, "/trusted/elsewhere")).toBe("<p>rendered here</p>");
  });

  it("with the build's pages made from other content or for another origin: only what it renders", async () => {
    const { cache, serverDistDir } = await handlerFor("0");
    pageOnDisk(serverDistDir, "stale/prerendered", "from the build", BUILT_AT - 5000);
    expect(await served(cache, "/stale/prerendered")).toBeUndefined();

    await cache.set("/stale/prerendered", page("rendered here"), WRITE);
    expect(await served(cache, "/stale/prerendered")).toBe("<p>rendered here</p>");
  });

  it("under a plain `next start`, without the setting: every stored page, as Next does", async () => {
    const { cache, serverDistDir } = await handlerFor(undefined);
    pageOnDisk(serverDistDir, "plain/elsewhere", "rendered by another server", Date.now());
    expect(await served(cache, "/plain/elsewhere")).toBe("<p>rendered by another server</p>");
  });
});
