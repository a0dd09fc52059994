import { expect, test } from "@playwright/test";
import { publishedOn, publishUpdate } from "../../bench/lib/write-path";
import { slugFor } from "../../lib/domain/slugs";
import { addAccount, signIn } from "./accounts";

// A reader's page render in flight while an editor publishes may have read the database before the
// write: it must not be served after it (lib/http/page-renders.ts). Readers come and go all the time,
// so the test times one render to straddle each save: the timeline, stale for Next after a second, is
// asked for just before Publish, which starts its refresh in the background.
const SAVES = 3;
const LOOKS_AFTER_EACH = 5;

test("an editor's update shows on the timeline from the first request after the save, though a render of it was in flight", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // An address of this attempt's own: a retry finds the first attempt's account already there.
  const editor = {
    name: "Fay Fresh",
    email: `fresh-after-write-${test.info().retry}-${test.info().repeatEachIndex}@parley.test`,
    password: "fresh after write passphrase 3",
    role: "editor" as const,
  };
  addAccount(editor);
  await signIn(page, editor);
  for (let save = 0; save < SAVES; save++) {
    const title = `Fresh after write ${save} ${Date.now()}`;
    let inFlight: Promise<unknown> | undefined;
    await publishUpdate(page, title, async () => {
      await page.waitForTimeout(1100);
      // A query the timeline ignores: past the server's one-second copy, to Next's stale one.
      inFlight = request.get(`/timeline?reader=${save}`);
    });
    await inFlight;
    for (let look = 0; look < LOOKS_AFTER_EACH; look++) {
      expect(await (await request.get("/timeline")).text(), `save ${save}, request ${look} after it`).toContain(title);
      await page.waitForTimeout(300);
    }
  }
});

test("the API's list and record show an editor's update from the first request after the save", async ({
  page,
  request,
}) => {
  const editor = {
    name: "Api Fresh",
    email: `api-fresh-${test.info().retry}-${test.info().repeatEachIndex}@parley.test`,
    password: "api fresh passphrase 4",
    role: "editor" as const,
  };
  addAccount(editor);
  const title = `Fresh in the API ${Date.now()}`;
  const list = async (url = "/api/v1/updates?per_page=100") => {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    return (await response.json()) as { data: { title: string }[]; meta: { total: number }; links: { last: string } };
  };
  // Both answers are kept by the server before the save: the list without the update, its record as none.
  const before = await list();
  expect(before.data.map((u) => u.title)).not.toContain(title);
  const record = `/api/v1/updates/${slugFor(title, publishedOn())}`;
  expect((await request.get(record)).status()).toBe(404);

  await signIn(page, editor);
  await publishUpdate(page, title);

  const after = await list();
  expect(after.meta.total).toBeGreaterThan(before.meta.total);
  // Updates are listed earliest first: today's is on the last page.
  expect((await list(after.links.last)).data.map((u) => u.title)).toContain(title);
  const published = await request.get(record);
  expect(published.status()).toBe(200);
  expect((await published.json()).data.title).toBe(title);
});
