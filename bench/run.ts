// `npm run bench`: Parley's production server on a seeded database of its own, under load from a
// separate process, side by side with its baselines, all in one run; prints one table.
// Everything listens on 127.0.0.1 only; the whole run is bounded and stops its servers itself.
// BENCH_REUSE_BUILD=1 reuses the bench's builds (only after a full run, with no code change since).
import { execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BARE_NEXT_FIRST_LOAD_GZIP, READER_PAGE_ALLOWANCE_GZIP } from "./js-budget";
import { firstLoadJs } from "./lib/first-load-js";
import { auditPages, LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS, metricsText } from "./lib/lighthouse";
import { measureLoad, CONNECTIONS, type LoadResult } from "./lib/load";
import { busyNeighbours, describeMachine, machineLine } from "./lib/machine";
import {
  buildBareNext,
  buildParley,
  prepareSeededParley,
  ROOT,
  startBareNext,
  startParley,
  type ParleyTarget,
} from "./lib/next-servers";
import { startNginx } from "./lib/nginx";
import { PERFORMANCE_DOC, writePerformanceDoc } from "./lib/performance-doc";
import { onStopAll, ownProcessIds, startProcess, stopAll, stopProcess, waitForHttp } from "./lib/processes";
import { FILTERED_TIMELINE, LOADED_PAGES, READER_PAGES } from "./lib/reader-pages";
import { integer, kib, markdownTable, median, ms, times, type Row } from "./lib/table";
import { testRedis } from "./lib/redis-server";
import { measureWritePath } from "./lib/write-path";
import { databaseFilePath } from "../lib/store/url";
import { startThrowawayPostgresql } from "../lib/store/throwaway-postgresql";
import { prepareDatabase } from "../scripts/app-server";
import { fillToScale, growDatabase } from "./scale/grow-database";

const PORTS = {
  parley: 4101,
  scale: 4102,
  bare: 4103,
  staticFile: 4104,
  nginx: 4105,
  nginxStatic: 4106,
  redis: 4107,
  instanceA: 4108,
  instanceB: 4109,
  nginxInstances: 4110,
  scalePostgresql: 4111,
};
/** Where nginx answers, faster than autocannon can ask: wrk loads these (bench/lib/load.ts). */
const NGINX_PORTS = new Set([PORTS.nginx, PORTS.nginxStatic, PORTS.nginxInstances]);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const RUN_LIMIT_MS = 45 * 60 * 1000;
/** How many times each comparison measures its targets, taking turns, so they share the machine's drift. */
const LOAD_TURNS = 5;
const reuseBuild = process.env.BENCH_REUSE_BUILD === "1";

const seeded: ParleyTarget = {
  databaseUrl: `file:${path.join(ROOT, "data", "bench.db")}`,
  distDir: ".next-bench",
  port: PORTS.parley,
};
const scale: ParleyTarget = {
  databaseUrl: `file:${path.join(ROOT, "data", "bench-scale.db")}`,
  distDir: ".next-bench-scale",
  port: PORTS.scale,
};
const origin = (port: number) => `http://127.0.0.1:${port}`;
/** The same scale content on PostgreSQL (a throwaway cluster, durable settings), served from the scale build. */
let scalePostgresql: ParleyTarget | undefined;

const rows: Row[] = [];
const neighbours = new Set<string>();
function noteNeighbours() {
  for (const entry of busyNeighbours(new Set([process.pid, ...ownProcessIds()])))
    neighbours.add(entry.replace(/ \(pid \d+, [\d.]+% CPU\)$/, ""));
}

/** Parley's own server processes by port: their CPU time per request is read around each load. */
const parleyPids = new Map<number, number>();

async function load(url: string): Promise<LoadResult> {
  noteNeighbours();
  const port = Number(new URL(url).port);
  const result = await measureLoad(url, {
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    serverPid: parleyPids.get(port),
    generator: NGINX_PORTS.has(port) ? "wrk" : "autocannon",
  });
  const cpu =
    result.serverCpuMsPerRequest === undefined
      ? ""
      : `, server CPU ${result.serverCpuMsPerRequest.toFixed(3)} ms/request`;
  console.log(
    `[bench] ${url}: ${integer(result.requestsPerSecond)} req/s, p50 ${ms(result.p50Ms)} ms, p99 ${ms(result.p99Ms)} ms, ${result.errors} errors${cpu}`,
  );
  return result;
}

/** The run of median throughput stands for the target (one drifting sample cannot move it), with the median server CPU per request; errors of every run count. */
function combined(runs: LoadResult[]): LoadResult {
  const byThroughput = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const cpu = runs.flatMap((r) => (r.serverCpuMsPerRequest === undefined ? [] : [r.serverCpuMsPerRequest]));
  return {
    ...byThroughput[Math.floor(byThroughput.length / 2)]!,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    serverCpuMsPerRequest: cpu.length ? median(cpu) : undefined,
  };
}

/** Loads each URL in turn, LOAD_TURNS times over; one combined result per URL, in order. */
async function loadInTurns<Urls extends string[]>(...urls: Urls): Promise<{ [K in keyof Urls]: LoadResult }> {
  const runs: LoadResult[][] = urls.map(() => []);
  for (let turn = 0; turn < LOAD_TURNS; turn++) {
    for (const [i, url] of urls.entries()) runs[i]!.push(await load(url));
  }
  return runs.map(combined) as { [K in keyof Urls]: LoadResult };
}

const cpuCell = (r: LoadResult) => `${r.serverCpuMsPerRequest!.toFixed(3)} ms server CPU/request`;

const loadCell = (r: LoadResult) =>
  `${integer(r.requestsPerSecond)} req/s · p50 ${ms(r.p50Ms)} · p99 ${ms(r.p99Ms)} ms · ${r.errors} errors`;

async function capturePageBytes(folder: string) {
  mkdirSync(folder, { recursive: true });
  for (const page of LOADED_PAGES) {
    const response = await fetch(origin(PORTS.parley) + page.path);
    if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
    writeFileSync(path.join(folder, page.file), new Uint8Array(await response.arrayBuffer()));
    writeFileSync(path.join(folder, `${page.file}.type`), response.headers.get("content-type") ?? "text/html");
  }
}

async function throughputSection(staticFolder: string) {
  const staticServer = startProcess(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["bench/static-file-server.ts", staticFolder, String(PORTS.staticFile)],
    { cwd: ROOT, name: "static file server" },
  );
  await waitForHttp(`${origin(PORTS.staticFile)}/${LOADED_PAGES[0].file}`);
  const bareRuns: LoadResult[] = [];
  for (const page of LOADED_PAGES) {
    // The bare page is measured beside each page, so each ratio compares neighbours in time.
    const [bare, parley, file] = await loadInTurns(
      `${origin(PORTS.bare)}/`,
      origin(PORTS.parley) + page.path,
      `${origin(PORTS.staticFile)}/${page.file}`,
    );
    bareRuns.push(bare);
    const throughput = parley.requestsPerSecond / bare.requestsPerSecond;
    const p99 = parley.p99Ms / bare.p99Ms;
    const readerPage = page.path !== "/api/v1/rounds";
    rows.push({
      measure: `Load, ${CONNECTIONS} connections`,
      subject: `${page.name} \`${page.path}\` (${kib(parley.bytesPerRequest)})`,
      parley: loadCell(parley),
      baseline: `bare Next ${integer(bare.requestsPerSecond)} req/s · p99 ${ms(bare.p99Ms)} ms; same bytes, static file ${integer(file.requestsPerSecond)} req/s`,
      ratio: `${times(throughput)} req/s · ${times(p99)} p99 (${times(parley.requestsPerSecond / file.requestsPerSecond)} of static file)`,
      target: readerPage ? "≥ 0.9× req/s, ≤ 1.2× p99, 0 errors" : "0 errors",
      met: readerPage ? throughput >= 0.9 && p99 <= 1.2 && parley.errors === 0 : parley.errors === 0,
    });
  }
  await stopProcess(staticServer);
  const bare = bareRuns[Math.floor(bareRuns.length / 2)]!;
  rows.unshift({
    measure: `Load, ${CONNECTIONS} connections`,
    subject: "Bare Next.js page (bench/bare-next)",
    parley: "",
    baseline: `${loadCell(bare)} (median of ${bareRuns.length} pages' measures, each the median of ${LOAD_TURNS} runs: ${bareRuns.map((r) => integer(r.requestsPerSecond)).join(", ")} req/s)`,
    ratio: "",
    target: "",
    met: undefined,
  });
}

/** What ops/nginx/parley.conf keeps: a reader page on its second request, never the editors' area or the API. */
async function nginxCachingChecks(): Promise<Row> {
  const statuses = async (path: string) => {
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(origin(PORTS.nginx) + path, { redirect: "manual" });
      await response.arrayBuffer();
      seen.push(response.headers.get("x-cache-status") ?? "none");
    }
    return seen;
  };
  const reader = await statuses(LOADED_PAGES[2].path);
  const never = await Promise.all(
    ["/sign-in", "/edit", "/api/v1/rounds"].map(async (path) => [path, await statuses(path)] as const),
  );
  const met = reader[1] === "HIT" && never.every(([, seen]) => !seen.includes("HIT"));
  return {
    measure: "nginx micro-cache (ops/nginx)",
    subject: "What it keeps (X-Cache-Status of two requests in a row)",
    parley: [
      `${LOADED_PAGES[2].path}: ${reader.join(", ")}`,
      ...never.map(([path, seen]) => `${path}: ${seen.join(", ")}`),
    ].join(" · "),
    baseline: "",
    ratio: "",
    target: "reader page HIT; editors' area, sign-in, API never",
    met,
  };
}

async function nginxSection() {
  rows.push(await nginxCachingChecks());
  for (const page of LOADED_PAGES.filter((p) => p.path !== "/api/v1/rounds")) {
    const [proxied, file] = await loadInTurns(
      origin(PORTS.nginx) + page.path,
      `${origin(PORTS.nginxStatic)}/${page.file}`,
    );
    const ratio = proxied.requestsPerSecond / file.requestsPerSecond;
    rows.push({
      measure: "nginx micro-cache (ops/nginx)",
      subject: `${page.name} \`${page.path}\``,
      parley: loadCell(proxied),
      baseline: `nginx, same bytes as a static file: ${integer(file.requestsPerSecond)} req/s · p99 ${ms(file.p99Ms)} ms`,
      ratio: `${times(ratio)} req/s`,
      target: "≥ 0.8× req/s, 0 errors",
      met: ratio >= 0.8 && proxied.errors === 0,
    });
  }
}

/** How many records a page shows (timeline entries, or the items of an API page), to read a scale ratio by. */
async function recordsShown(url: string): Promise<number | undefined> {
  const body = await (await fetch(url)).text();
  if (body.startsWith("{")) return (JSON.parse(body) as { data?: unknown[] }).data?.length;
  const entries = body.match(/data-testid="timeline-(?:round|update)"/g)?.length;
  return entries || undefined;
}

async function scaleSection() {
  for (const page of [
    ...LOADED_PAGES.map((p) => ({ name: p.name, path: p.path })),
    { name: "Filtered timeline (rendered per request)", path: FILTERED_TIMELINE },
  ]) {
    const [small, large] = await loadInTurns(origin(PORTS.parley) + page.path, origin(PORTS.scale) + page.path);
    const [shownSmall, shownLarge] = await Promise.all([
      recordsShown(origin(PORTS.parley) + page.path),
      recordsShown(origin(PORTS.scale) + page.path),
    ]);
    const shown = shownSmall === undefined ? "" : ` — shows ${shownSmall} records seeded, ${shownLarge} at scale`;
    // Judged by the server's own CPU time per request: what a page costs. Throughput is shown too, but
    // on two cores the load generator takes one, and a response of about 64 KB in all (the home page
    // at scale) meets a TCP edge on loopback that halves throughput in some runs for any server, a
    // bare Node one serving the same bytes included, while the server sits idle.
    const costlier = large.serverCpuMsPerRequest! / small.serverCpuMsPerRequest!;
    const slower = small.requestsPerSecond / large.requestsPerSecond;
    const readerPage = page.path !== "/api/v1/rounds";
    rows.push({
      measure: "Scale: 10,000 updates, 500 rounds, 300 participants, 2,000 sources",
      subject: `${page.name} \`${page.path}\` (${kib(small.bytesPerRequest)} seeded, ${kib(large.bytesPerRequest)} at scale)${shown}`,
      parley: `${cpuCell(large)} · ${loadCell(large)}`,
      baseline: `seeded database: ${cpuCell(small)} · ${loadCell(small)}`,
      ratio: `${times(costlier)} server CPU per request · ${times(slower)} slower (req/s)`,
      target: readerPage ? "≤ 1.5× the seeded cost" : "0 errors",
      met: readerPage ? costlier <= 1.5 && large.errors === 0 : large.errors === 0,
    });
  }
}

/**
 * The scale database on both stores, the same rows in each: what a reader page costs the server on
 * PostgreSQL against SQLite, and an editor's save on each.
 */
async function storesSection(servers: { sqlite: ChildProcess; postgresql: ChildProcess }) {
  const measure = "Stores: the scale database on PostgreSQL 15 against SQLite";
  for (const page of [
    ...LOADED_PAGES.map((p) => ({ name: p.name, path: p.path })),
    { name: "Filtered timeline (rendered per request)", path: FILTERED_TIMELINE },
  ]) {
    const [sqlite, postgresql] = await loadInTurns(
      origin(PORTS.scale) + page.path,
      origin(PORTS.scalePostgresql) + page.path,
    );
    const costlier = postgresql.serverCpuMsPerRequest! / sqlite.serverCpuMsPerRequest!;
    const readerPage = page.path !== "/api/v1/rounds";
    rows.push({
      measure,
      subject: `${page.name} \`${page.path}\``,
      parley: `PostgreSQL: ${cpuCell(postgresql)} · ${loadCell(postgresql)}`,
      baseline: `SQLite: ${cpuCell(sqlite)} · ${loadCell(sqlite)}`,
      ratio: `${times(costlier)} server CPU per request`,
      target: readerPage ? "≤ 1.5× SQLite's" : "0 errors",
      met: (readerPage ? costlier <= 1.5 : true) && postgresql.errors === 0,
    });
  }
  for (const [store, port, server] of [
    ["SQLite", PORTS.scale, servers.sqlite],
    ["PostgreSQL", PORTS.scalePostgresql, servers.postgresql],
  ] as const) {
    noteNeighbours();
    const result = await measureWritePath({
      origin: origin(port),
      server,
      databaseUrl: port === PORTS.scale ? scale.databaseUrl : scalePostgresql!.databaseUrl,
      // The action's own time only: at scale the new update is not on /timeline's first view (the
      // generated updates are dated later), so there is no "until readers see it" to wait for.
      readerOrigins: {},
      saves: 5,
    });
    rows.push({
      measure,
      subject: `${store}: an editor publishes an update at scale (\`saveUpdate\`, ${result.saveMs.length} saves), the action on the server`,
      parley: `median ${ms(median(result.actionMs))} ms (${result.actionMs.map(ms).join(", ")})`,
      baseline: "",
      ratio: "",
      target: "",
      met: undefined,
    });
  }
}

async function javascriptSection() {
  const bare = await firstLoadJs(origin(PORTS.bare), "/");
  const recorded =
    BARE_NEXT_FIRST_LOAD_GZIP === bare.gzipBytes
      ? ""
      : ` — bench/js-budget.ts records ${integer(BARE_NEXT_FIRST_LOAD_GZIP)} B: update it`;
  for (const pagePath of READER_PAGES) {
    const page = await firstLoadJs(origin(PORTS.parley), pagePath);
    const above = page.gzipBytes - bare.gzipBytes;
    console.log(`[bench] first-load JS ${pagePath}: ${page.gzipBytes} B gzip (bare Next ${bare.gzipBytes} B)`);
    rows.push({
      measure: "First-load JS (gzip -9)",
      subject: `\`${pagePath}\` (${page.scripts.length} scripts)`,
      parley: kib(page.gzipBytes),
      baseline: `bare Next ${kib(bare.gzipBytes)} (${bare.scripts.length} scripts)${recorded}`,
      ratio: `${above >= 0 ? "+" : "−"}${kib(Math.abs(above))}`,
      target: `≤ +${kib(READER_PAGE_ALLOWANCE_GZIP)}`,
      met: above <= READER_PAGE_ALLOWANCE_GZIP,
    });
  }
}

async function lighthouseSection() {
  const pages = LOADED_PAGES.filter((p) => p.path !== "/api/v1/rounds");
  // The bare page is audited in the same turns: what this machine's phone scores for the framework alone.
  const bareUrl = `${origin(PORTS.bare)}/`;
  const scores = await auditPages([bareUrl, ...pages.map((p) => origin(PORTS.parley) + p.path)]);
  const bare = scores.get(bareUrl)!;
  console.log(`[bench] Lighthouse bare Next: ${JSON.stringify(bare)}`);
  for (const page of pages) {
    const s = scores.get(origin(PORTS.parley) + page.path)!;
    console.log(`[bench] Lighthouse ${page.path}: ${JSON.stringify(s)}`);
    rows.push({
      measure: `Lighthouse 12.8.2 (mobile, median of ${LIGHTHOUSE_RUNS})`,
      subject: `${page.name} \`${page.path}\``,
      parley: `${LIGHTHOUSE_CATEGORIES.map((id) => `${id} ${s[id]}`).join(" · ")} (${metricsText(s)})`,
      baseline: `bare Next: performance ${bare.performance} (${metricsText(bare)}); host CPU index ${integer(s.benchmarkIndex)}, Lighthouse's 4× calibrated for 1,500–2,000`,
      ratio: `${s.performance - bare.performance >= 0 ? "+" : "−"}${Math.abs(s.performance - bare.performance)} points`,
      target: "performance ≥ 95, the others 100",
      met: s.performance >= 95 && s.accessibility === 100 && s["best-practices"] === 100 && s.seo === 100,
    });
  }
}

async function writePathSection(server: ChildProcess) {
  noteNeighbours();
  const result = await measureWritePath({
    origin: origin(PORTS.parley),
    server,
    databaseUrl: seeded.databaseUrl,
    readerOrigins: { "Parley's server": origin(PORTS.parley), "nginx micro-cache": origin(PORTS.nginx) },
  });
  rows.push({
    measure: "Write path",
    subject: `Editor publishes an update (\`saveUpdate\`, ${result.saveMs.length} saves): the action on the server, as it logs it`,
    parley: `median ${ms(median(result.actionMs))} ms (${result.actionMs.map(ms).join(", ")})`,
    baseline: "",
    ratio: "",
    target: "",
    met: undefined,
  });
  rows.push({
    measure: "Write path",
    subject:
      "…from pressing Publish until the editor sees the saved update's page (the action, its redirect, that page rendered per request)",
    parley: `median ${ms(median(result.saveMs))} ms (${result.saveMs.map(ms).join(", ")})`,
    baseline: "",
    ratio: "",
    target: "",
    met: undefined,
  });
  for (const [reader, times_] of Object.entries(result.visibleMs)) {
    const worst = Math.max(...times_);
    rows.push({
      measure: "Write path",
      subject: `…until \`/timeline\` through ${reader} shows it`,
      parley: `median ${ms(median(times_))} ms · worst ${ms(worst)} ms`,
      baseline: "",
      ratio: "",
      target: reader.startsWith("nginx") ? "≤ 2,000 ms" : "next request",
      met: reader.startsWith("nginx") ? worst <= 2000 : undefined,
    });
  }
}

/**
 * Two instances of the seeded build with one Redis, behind ops/nginx: readers next to one instance
 * behind it and to the same bytes as files; and how soon a save through one shows on the other.
 */
async function instancesSection(work: string) {
  noteNeighbours();
  const redis = testRedis(PORTS.redis);
  await redis.start();
  try {
    // The write path has changed the database since the build: as `npm start` would decide, each
    // page is rendered on its first request rather than served as prerendered (scripts/app-server.ts).
    const env = { REDIS_URL: redis.url, PARLEY_PRERENDERED_UNTIL: "0" };
    const [a] = await Promise.all([
      startParley({ ...seeded, port: PORTS.instanceA }, "Parley (instance A)", env),
      startParley({ ...seeded, port: PORTS.instanceB }, "Parley (instance B)", env),
    ]);
    await startNginx({
      prefix: path.join(work, "nginx-instances"),
      port: PORTS.nginxInstances,
      upstreamPorts: [PORTS.instanceA, PORTS.instanceB],
    });
    for (const page of LOADED_PAGES.filter((p) => p.path !== "/api/v1/rounds")) {
      const [two, one, file] = await loadInTurns(
        origin(PORTS.nginxInstances) + page.path,
        origin(PORTS.nginx) + page.path,
        `${origin(PORTS.nginxStatic)}/${page.file}`,
      );
      const ratio = two.requestsPerSecond / file.requestsPerSecond;
      rows.push({
        measure: "Two instances, one Redis, behind ops/nginx",
        subject: `${page.name} \`${page.path}\``,
        parley: loadCell(two),
        baseline: `one instance behind nginx: ${integer(one.requestsPerSecond)} req/s · p99 ${ms(one.p99Ms)} ms; nginx, same bytes as a static file: ${integer(file.requestsPerSecond)} req/s`,
        ratio: `${times(ratio)} req/s of the static file · ${times(two.requestsPerSecond / one.requestsPerSecond)} of one instance`,
        target: "≥ 0.8× req/s of the static file, 0 errors",
        met: ratio >= 0.8 && two.errors === 0,
      });
    }
    const result = await measureWritePath({
      origin: origin(PORTS.instanceA),
      server: a,
      databaseUrl: seeded.databaseUrl,
      readerOrigins: { "the other instance": origin(PORTS.instanceB), "nginx to both": origin(PORTS.nginxInstances) },
      saves: 5,
      newEditor: false,
    });
    for (const [reader, shown] of Object.entries(result.visibleMs)) {
      const worst = Math.max(...shown);
      rows.push({
        measure: "Two instances, one Redis, behind ops/nginx",
        subject: `An update published through instance A, until \`/timeline\` through ${reader} shows it (${shown.length} saves)`,
        parley: `median ${ms(median(shown))} ms · worst ${ms(worst)} ms`,
        baseline: "",
        ratio: "",
        target: "≤ 2 s",
        met: worst <= 2000,
      });
    }
  } finally {
    await redis.stop();
  }
}

async function main() {
  const machine = describeMachine();
  const started = new Date();
  console.log(`[bench] ${machineLine(machine)}`);
  noteNeighbours();
  // Debian's redis-server, nginx, postgresql and wrk, installed when missing (as root).
  execFileSync(process.execPath, ["--import", "tsx", "scripts/ensure-services.ts"], { cwd: ROOT, stdio: "inherit" });

  await prepareSeededParley(seeded);
  // One instant for both stores' generated rows, so they hold the same content.
  const scaleNow = Date.now();
  const counts = await growDatabase({
    from: databaseFilePath(seeded.databaseUrl),
    to: databaseFilePath(scale.databaseUrl),
    now: scaleNow,
  });
  console.log(`[bench] scale database: ${JSON.stringify(counts)}`);
  const postgresqlCluster = await startThrowawayPostgresql();
  onStopAll(() => postgresqlCluster.stop());
  scalePostgresql = {
    databaseUrl: postgresqlCluster.url("parley_bench_scale"),
    distDir: scale.distDir,
    port: PORTS.scalePostgresql,
  };
  await prepareDatabase(scalePostgresql.databaseUrl);
  const postgresqlCounts = await fillToScale(scalePostgresql.databaseUrl, scaleNow);
  console.log(`[bench] scale database on PostgreSQL: ${JSON.stringify(postgresqlCounts)}`);
  await buildParley(seeded, { reuseBuild });
  await buildParley(scale, { reuseBuild });
  buildBareNext({ reuseBuild });

  const [seededServer, scaleServer, scalePostgresqlServer] = await Promise.all([
    startParley(seeded, "Parley (seeded)"),
    startParley(scale, "Parley (scale)"),
    startParley(scalePostgresql, "Parley (scale, PostgreSQL)"),
    startBareNext(PORTS.bare),
  ]);
  parleyPids
    .set(seeded.port, seededServer.pid!)
    .set(scale.port, scaleServer.pid!)
    .set(scalePostgresql.port, scalePostgresqlServer.pid!);
  const work = mkdtempSync(path.join(os.tmpdir(), "parley-bench-"));
  chmodSync(work, 0o755);
  try {
    const staticFolder = path.join(work, "pages");
    await capturePageBytes(staticFolder);
    await throughputSection(staticFolder);
    await startNginx({
      prefix: path.join(work, "nginx"),
      port: PORTS.nginx,
      staticPort: PORTS.nginxStatic,
      upstreamPorts: [PORTS.parley],
      staticRoot: staticFolder,
    });
    await nginxSection();
    await scaleSection();
    await storesSection({ sqlite: scaleServer, postgresql: scalePostgresqlServer });
    await javascriptSection();
    await lighthouseSection();
    await writePathSection(seededServer);
    await instancesSection(work);
  } finally {
    await stopAll();
    rmSync(work, { recursive: true, force: true });
  }

  const missed = rows.filter((row) => row.met === false);
  const date = `${started.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const report = [
    `Load: autocannon 9.0.0 in its own process, keeping no response bodies (bench/lib/autocannon-cli.mjs); where nginx answers (the nginx and two-instance rows), Debian's wrk with one thread (its latencies corrected for coordinated omission: compare them within a row). ${CONNECTIONS} connections, no compression requested; each target ${LOAD_TURNS} runs of ${SECONDS} s (each after a ${WARMUP_SECONDS} s warm-up), in turns with what it is compared to, its median run shown.`,
    markdownTable(rows),
    neighbours.size
      ? `Other busy processes seen during the run: ${[...neighbours].join(", ")}.`
      : "No other busy process was seen during the run.",
    missed.length ? `Targets missed: ${missed.length} (rows marked ✗).` : "Every target was met.",
  ].join("\n\n");
  console.log(`\nParley benchmark, ${date}: ${machineLine(machine)}`);
  console.log(report);
  writePerformanceDoc(ROOT, { machine: machineLine(machine), date, report });
  console.log(`\n[bench] results written to ${PERFORMANCE_DOC}`);
  process.exitCode = missed.length ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(`[bench] still running after ${RUN_LIMIT_MS / 60_000} minutes: stopping`);
  void stopAll().finally(() => process.exit(2));
}, RUN_LIMIT_MS);
watchdog.unref();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void stopAll().finally(() => process.exit(130)));

await main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exitCode = 1;
});
