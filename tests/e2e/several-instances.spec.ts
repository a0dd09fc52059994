import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { measureLoad } from "../../bench/lib/load";
import { startNginx } from "../../bench/lib/nginx";
import { stopProcess } from "../../bench/lib/processes";
import { publishUpdate } from "../../bench/lib/write-path";
import { testRedis } from "../../bench/lib/redis-server";
import { addAccount, signIn } from "./accounts";
import { collectConsoleErrors } from "./fixed-clock";
import { snapshotDatabase, startInstance, stopInstance, type Instance } from "./instances";

// Two instances of one build on one database and one Redis, as ops/nginx runs them: what an editor
// publishes through either is what readers get from the other, within 2 s, on every path a reader
// uses; with Redis down readers still get answers, and the change arrives once Redis is back; the
// API's rate limit and the sign-in throttle count across both.

test.describe.configure({ mode: "serial" });

const base = Number(process.env.E2E_PORT ?? 3100) + 70;
const redis = testRedis(base);
const editor = {
  name: "Ines Instance",
  email: "several-instances@parley.test",
  password: "two instances agree 7",
  role: "editor" as const,
};
/** Every path a reader uses, with what each needs to show a new update of the Geneva round. */
const READER_PATHS = ["/", "/timeline", "/feed.xml", "/rounds/geneva-2025-05", "/api/v1/updates?per_page=100"];
/** A figure the test measured: in the report, and on the console for the closing note. */
function note(type: string, description: string) {
  test.info().annotations.push({ type, description });
  console.log(`[several instances] ${type}: ${description}`);
}

/** A reader address of its own for each request, so the rate-limit test's budget is the only one spent. */
let readerAddress = 0;
const asReader = () => ({ "x-forwarded-for": `198.51.100.${(readerAddress++ % 250) + 1}` });

let a: Instance;
let b: Instance;
let instanceEnv: Record<string, string>;
/** Every update the tests publish: each must be on every instance in the end. */
const published: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const database = await snapshotDatabase("instances");
  addAccount(editor, `file:${database}`);
  await redis.start();
  const env = (instanceEnv = {
    DATABASE_URL: `file:${database}`,
    REDIS_URL: redis.url,
    PARLEY_REDIS_PREFIX: `e2e-${Date.now()}:`,
    PARLEY_TRUSTED_PROXIES: "1",
    PARLEY_API_RATE_BURST: "5",
    PARLEY_API_RATE_PER_MINUTE: "1",
  });
  [a, b] = await Promise.all([startInstance(base + 1, env), startInstance(base + 2, env)]);
});

test.afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await redis.stop();
});

async function publishThrough(browser: Browser, instance: Instance, title: string) {
  const context = await browser.newContext({ baseURL: instance.origin });
  const page = await context.newPage();
  await signIn(page, editor);
  await publishUpdate(page, title, async () => {
    await page.getByLabel("Round (if any)").selectOption({ label: "Geneva talks" });
  });
  published.push(title);
  await context.close();
}

const read = (instance: Instance, path: string) => fetch(instance.origin + path, { headers: asReader() });

/** The API lists updates oldest first: a new one is on its last page. */
const API_UPDATES = "/api/v1/updates?per_page=100";

/** What a reader gets at `path` (for the API's updates, their last page), asserting it answered. */
async function readerText(instance: Instance, path: string) {
  let response = await read(instance, path);
  if (path === API_UPDATES && response.ok) {
    const { meta } = (await response.json()) as { meta: { pages: number } };
    response = await read(instance, `${API_UPDATES}&page=${meta.pages}`);
  }
  expect(response.status, `${path} on ${instance.origin}`).toBe(200);
  return response.text();
}

/** Milliseconds until every reader path of `instance` shows `text`, read in turns until each does. */
async function msUntilEverywhere(instance: Instance, text: string, since: number, limitMs: number) {
  const shown = new Map<string, number>();
  while (shown.size < READER_PATHS.length && performance.now() - since < limitMs) {
    for (const path of READER_PATHS.filter((p) => !shown.has(p)))
      if ((await readerText(instance, path)).includes(text)) shown.set(path, performance.now() - since);
  }
  return Object.fromEntries(READER_PATHS.map((path) => [path, shown.get(path)]));
}

for (const [from, to] of [
  ["A", "B"],
  ["B", "A"],
] as const) {
  test(`an update published through ${from} is on every reader path of ${to} within 2 s`, async ({ browser }) => {
    test.setTimeout(120_000);
    const [writer, reader] = from === "A" ? [a, b] : [b, a];
    // Every path read twice first, so each is in the reader instance's caches.
    for (const path of READER_PATHS) for (let n = 0; n < 2; n++) await readerText(reader, path);
    const title = `Two instances agree ${from} to ${to} ${Date.now()}`;
    await publishThrough(browser, writer, title);
    const shownAfter = await msUntilEverywhere(reader, title, performance.now(), 2_000);
    note("ms until shown on the other instance", JSON.stringify(shownAfter));
    for (const path of READER_PATHS) expect(shownAfter[path], `${path} on ${to}`).toBeDefined();
  });
}

test("a reader of the other instance navigates to what was published, through pages and prefetches it got from Redis", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const title = `Navigated to on the other instance ${Date.now()}`;
  await publishThrough(browser, a, title);
  // Rendered once on A; B's copies come from Redis.
  for (const path of ["/", "/timeline"]) await readerText(a, path);
  const context = await browser.newContext({ baseURL: b.origin });
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByText(title).first()).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test("with Redis down readers get answers, and a change made meanwhile shows everywhere soon after it is back", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await redis.stop();
  const title = `Made while Redis was down ${Date.now()}`;
  await publishThrough(browser, a, title);
  // The instance that saved shows it; the other answers every reader, from what it has.
  expect(await (await read(a, "/timeline")).text()).toContain(title);
  for (const path of READER_PATHS) await readerText(b, path);
  await redis.start();
  const shownAfter = await msUntilEverywhere(b, title, performance.now(), 10_000);
  note("ms after Redis came back", JSON.stringify(shownAfter));
  for (const path of READER_PATHS) expect(shownAfter[path], `${path} on B after Redis came back`).toBeDefined();
  // Each connection retries on its own schedule (at most 2 s apart).
  await expect
    .poll(async () => (await fetch(`${b.origin}/api/health`)).json(), { timeout: 10_000 })
    .toMatchObject({ status: "ok", redis: "ok" });
});

test("behind nginx, one instance killed mid-load and restarted: no reader request fails, nothing published is lost", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const nginxPort = base + 3;
  const nginx = await startNginx({
    prefix: mkdtempSync(path.join(os.tmpdir(), "parley-nginx-")),
    port: nginxPort,
    upstreamPorts: [a.port, b.port],
  });
  const site = `http://127.0.0.1:${nginxPort}`;
  try {
    // Readers: autocannon in its own process on the home page (mostly nginx's one-second copy), and
    // addresses nginx has never cached, each of which reaches an instance.
    const load = measureLoad(`${site}/`, { seconds: 14, warmupSeconds: 0, connections: 10 });
    const failures: string[] = [];
    let uncached = 0;
    let loading = true;
    const readers = Array.from({ length: 3 }, async (_, reader) => {
      while (loading) {
        const url = `${site}/timeline?reader=${reader}-${uncached++}`;
        const status = await fetch(url).then(
          (response) => response.arrayBuffer().then(() => response.status),
          (error: Error) => error.message,
        );
        if (status !== 200) failures.push(`${url}: ${status}`);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await stopInstance(a, "SIGKILL");
    const title = `Published while A was down ${Date.now()}`;
    await publishThrough(browser, b, title);
    a = await startInstance(a.port, instanceEnv);
    const result = await load;
    loading = false;
    await Promise.all(readers);
    note(
      "readers during the kill",
      `${Math.round(result.requestsPerSecond * 14)} load requests (${result.errors} failed), ${uncached} uncached requests (${failures.length} failed)`,
    );
    expect(failures, "uncached reader requests that failed").toEqual([]);
    expect(result.errors, "load requests that failed").toBe(0);
    for (const instance of [a, b]) {
      const timeline = await (await read(instance, "/timeline")).text();
      for (const title of published) expect(timeline, `${title} on ${instance.origin}`).toContain(title);
    }
  } finally {
    await stopProcess(nginx);
  }
});

test("the API's rate budget holds across both instances", async () => {
  test.setTimeout(60_000);
  const client = { "x-forwarded-for": "203.0.113.77" };
  const statuses: number[] = [];
  for (let n = 0; n < 10; n++)
    statuses.push((await fetch(`${[a, b][n % 2]!.origin}/api/v1/rounds`, { headers: client })).status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(5);
  expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
});

test("the sign-in throttle counts failures made through either instance", async ({ browser }) => {
  test.setTimeout(120_000);
  const attempt = async (instance: Instance, password: string) => {
    const context = await browser.newContext({ baseURL: instance.origin });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const throttled = page.getByText(/Too many failed attempts/);
    const refused = page.getByText(/do not match/);
    await expect(throttled.or(refused).first()).toBeVisible();
    const answer = (await throttled.count()) > 0 ? "throttled" : "refused";
    await context.close();
    return answer;
  };
  const answers = [];
  for (let n = 0; n < 5; n++) answers.push(await attempt([a, b][n % 2]!, `wrong password ${n}`));
  expect(answers).toEqual(Array(5).fill("refused"));
  // The right password, through either instance, now waits out the window.
  expect(await attempt(b, editor.password)).toBe("throttled");
  expect(await attempt(a, editor.password)).toBe("throttled");
});
