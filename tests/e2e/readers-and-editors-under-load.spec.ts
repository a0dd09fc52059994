import { expect, test } from "@playwright/test";
import { measureLoadUntil } from "../../bench/lib/load";
import { publishUpdate } from "../../bench/lib/write-path";
import { addAccount, signIn } from "./accounts";

// The short form of the benchmark's load with editors at work: readers load four pages from a
// separate process (autocannon) while three editors, each signed in in a browser of their own,
// publish updates. Not one reader request may fail, and every save must land and be shown.

const READER_PATHS = ["/", "/timeline", "/rounds/geneva-2025-05", "/deadlines"];
// The readers load in rounds of this length until every save has landed: on a slow machine the saves
// (each with the form's page load and the saved page's) take longer, and the load lasts with them.
const ROUND_SECONDS = 10;
const EDITORS = 3;
const SAVES_EACH = 2;

test("readers under load see no error while editors publish, and every update lands", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const editors = Array.from({ length: EDITORS }, (_, i) => ({
    email: `load-editor-${i}-${Date.now()}@parley.test`,
    password: `load editor passphrase ${i} 2026`,
    role: "editor" as const,
    name: `Load Editor ${i}`,
  }));
  const pages = [];
  for (const editor of editors) {
    addAccount(editor);
    const page = await (await browser.newContext({ baseURL })).newPage();
    await signIn(page, editor);
    pages.push(page);
  }

  const started = Date.now();
  let editorsDone: () => void = () => {};
  const allSaved = new Promise<void>((resolve) => (editorsDone = resolve));
  const readers = READER_PATHS.map((path) =>
    measureLoadUntil(baseURL + path, allSaved, { roundSeconds: ROUND_SECONDS, connections: 5 }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const titles: string[] = [];
  const saves = await Promise.all(
    pages.map(async (page, e) => {
      const times: number[] = [];
      for (let n = 0; n < SAVES_EACH; n++) {
        const title = `Load test update ${e}-${n}-${Date.now()}`;
        titles.push(title);
        times.push(await publishUpdate(page, title));
      }
      return times;
    }),
  ).finally(editorsDone);
  const writesDoneAfter = (Date.now() - started) / 1000;
  const results = await Promise.all(readers);
  const loadEndedAfter = (Date.now() - started) / 1000;

  const requests = results.reduce((sum, r) => sum + r.requestsPerSecond * r.seconds, 0);
  console.log(
    `[load] ${Math.round(requests)} reader requests in ${loadEndedAfter.toFixed(1)} s (${results.map((r) => `${new URL(r.url).pathname} ${Math.round(r.requestsPerSecond)}/s p99 ${r.p99Ms} ms`).join(", ")}); ` +
      `${EDITORS * SAVES_EACH} saves by ${EDITORS} editors, done after ${writesDoneAfter.toFixed(1)} s, each ${saves
        .flat()
        .map((ms) => Math.round(ms))
        .join(", ")} ms`,
  );
  for (const result of results) {
    expect(result.errors, `${result.url}: errors, timeouts and non-2xx answers`).toBe(0);
    expect(result.requestsPerSecond, result.url).toBeGreaterThan(0);
  }
  // No render begun before a save may be kept (lib/http/page-renders.ts): the first look shows every one.
  const timeline = await (await fetch(`${baseURL}/timeline`)).text();
  expect(titles.filter((title) => !timeline.includes(title))).toEqual([]);
});
