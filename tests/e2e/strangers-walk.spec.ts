import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { addAccount, E2E_DATABASE, signIn } from "./accounts";
import { routesFromFileSystem, urlsFor, type RecordFamily } from "./route-walk";
import { sessionCookie } from "./server-actions";

// Asks every route as a stranger would, and looks for editors' data anywhere in the answer.
// Drafts of every kind are saved through the editors' forms, each carrying a marker that exists
// nowhere else; the routes come from the file system, so a route added later is walked too.
test.describe.configure({ mode: "serial", retries: 0 });

const token = randomBytes(4).toString("hex");
const password = "walk test passphrase long enough";
const account = (who: string, role: "admin" | "editor") => ({
  name: `Walk ${who} ${token}`,
  email: `walk-${who}-${token}@parley.test`,
  password,
  role,
});
const author = account("author", "editor");
const people = {
  admin: account("admin", "admin"),
  editor: account("editor", "editor"),
  disabled: account("disabled", "editor"),
  expired: account("expired", "editor"),
};

/** Strings that exist only in editors' data; uppercase, so no slug or URL built from them can match. */
const MARK = {
  round: `RoundMARK${token}`,
  roundSummary: `RoundSummaryMARK${token}`,
  update: `UpdateMARK${token}`,
  updateBody: `UpdateBodyMARK${token}`,
  participant: `ParticipantMARK${token}`,
  source: `SourceMARK${token}`,
  roundSource: `RoundSourceMARK${token}`,
  expectation: `ExpectationMARK${token}`,
  audit: `AuditMARK${token}`,
};
/** A word in every draft that search can find; it is echoed back in the search box, so it is no marker. */
const SEARCH_HANDLE = `findme${token}`;
/** Emails only an admin may read. */
const ADMIN_ONLY = [people.admin.email, author.email, people.disabled.email];

const families: RecordFamily[] = [];
const cookies: Record<string, string> = {};

function db() {
  return new Database(E2E_DATABASE);
}

function row<T>(sql: string, ...params: unknown[]): T {
  const database = db();
  try {
    return database.prepare(sql).get(...params) as T;
  } finally {
    database.close();
  }
}

function run(sql: string, ...params: unknown[]) {
  const database = db();
  try {
    database.prepare(sql).run(...params);
  } finally {
    database.close();
  }
}

async function cookieOf(page: Page, person: { email: string; password: string }): Promise<string> {
  await page.context().clearCookies();
  await signIn(page, person);
  return sessionCookie(page.context());
}

test("an editor saves a draft of every kind through the forms", async ({ page }) => {
  test.setTimeout(120_000);
  for (const person of [author, ...Object.values(people)]) addAccount(person);
  await signIn(page, author);

  await page.goto("/edit/participants/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(`Zhang ${MARK.participant}`);
  await page.getByRole("textbox", { name: "Office", exact: true }).fill(`Vice Minister ${SEARCH_HANDLE}`);
  await page.getByRole("combobox", { name: "Side", exact: true }).selectOption("CHINA");
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Add participant" }).click();
  await page.waitForURL(/\/edit\/participants\/\d+/);

  await page.goto("/edit/sources/new");
  await page.getByRole("textbox", { name: "Web address", exact: true }).fill(`https://example.org/${token}/held-back`);
  await page.getByRole("textbox", { name: "Publisher", exact: true }).fill("Example Wire");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Held back: ${MARK.source} ${SEARCH_HANDLE}`);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.waitForURL(/\/edit\/sources\/\d+/);

  await page.goto("/edit/rounds/new");
  await page
    .getByRole("textbox", { name: "Title", exact: true })
    .fill(`Embargoed talks ${MARK.round} ${SEARCH_HANDLE}`);
  await page.getByLabel("Kind").selectOption("NEGOTIATION_ROUND");
  await page.getByLabel("Status").selectOption("SCHEDULED");
  await page.getByLabel("Start date").fill("2026-12-20");
  await page.getByLabel("End date").fill("2026-12-21");
  await page.getByLabel("Time zone").fill("Europe/Zurich");
  await page.getByLabel("City").fill("Geneva");
  await page.getByLabel("Country").fill("Switzerland");
  await page.getByLabel("Summary").fill(`Not yet announced: ${MARK.roundSummary} ${SEARCH_HANDLE}.`);
  await page.getByLabel("Scott Bessent").selectOption("LEAD");
  await page.getByLabel(`Zhang ${MARK.participant}`).selectOption("LEAD");
  await page.getByRole("group", { name: "Issues discussed" }).getByLabel("Tariffs").check();
  await page.getByLabel("New source: web address").fill(`https://example.org/${token}/round-source`);
  await page.getByLabel("New source: publisher").fill("Example Wire");
  await page.getByLabel("New source: title").fill(`Talks planned: ${MARK.roundSource}`);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/edit\/rounds\/\d+\?saved=1/);
  const roundId = Number(new URL(page.url()).pathname.split("/").pop());

  await page.goto(`/edit/rounds/${roundId}/expectations`);
  await page
    .getByRole("textbox", { name: "What was expected", exact: true })
    .fill(`A truce extension, ${MARK.expectation} ${SEARCH_HANDLE}`);
  await page.getByRole("textbox", { name: "Expected by", exact: true }).fill("An analyst");
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Add expectation" }).click();
  await expect
    .poll(
      () => row<{ n: number }>(`SELECT count(*) AS n FROM "Expectation" WHERE text LIKE ?`, `%${MARK.expectation}%`).n,
    )
    .toBe(1);

  // Its first title survives only in the audit log, once the second replaces it.
  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Draft statement ${MARK.audit}`);
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2026-11-20");
  await page.getByRole("combobox", { name: "Time zone of that date" }).fill("America/New_York");
  await page
    .getByRole("textbox", { name: "Text", exact: true })
    .fill(`Embargoed until Monday: ${MARK.updateBody} ${SEARCH_HANDLE}.`);
  await page.getByRole("group", { name: "Issues" }).getByLabel("Tariffs").check();
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/edit\/updates\/\d+\?saved=1/);
  await page
    .getByRole("textbox", { name: "Title", exact: true })
    .fill(`Draft statement ${MARK.update} ${SEARCH_HANDLE}`);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(MARK.update);

  // A published update may name a round that is still a draft: readers see the update, never the round.
  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Statement on talks ${token}`);
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByLabel("Round (if any)").selectOption({ label: `Embargoed talks ${MARK.round} ${SEARCH_HANDLE}` });
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2026-11-19");
  await page.getByRole("combobox", { name: "Time zone of that date" }).fill("America/New_York");
  await page.getByRole("textbox", { name: "Text", exact: true }).fill("Both sides say talks will continue.");
  await page.getByRole("group", { name: "Issues" }).getByLabel("Tariffs").check();
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/\/edit\/updates\/\d+\?saved=1/);

  const round = row<{ id: number; slug: string }>(`SELECT id, slug FROM "Round" WHERE title LIKE ?`, `%${MARK.round}%`);
  const update = row<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Update" WHERE title LIKE ?`,
    `%${MARK.update}%`,
  );
  const participant = row<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Participant" WHERE name LIKE ?`,
    `%${MARK.participant}%`,
  );
  const source = row<{ id: number }>(`SELECT id FROM "Source" WHERE title LIKE ?`, `%${MARK.source}%`);
  const roundSource = row<{ id: number }>(`SELECT id FROM "Source" WHERE title LIKE ?`, `%${MARK.roundSource}%`);
  const expectation = row<{ id: number }>(`SELECT id FROM "Expectation" WHERE text LIKE ?`, `%${MARK.expectation}%`);
  const audit = row<{ n: number }>(
    `SELECT count(*) AS n FROM "AuditEvent" WHERE entityType = 'update' AND entityId = ? AND before LIKE ?`,
    update.id,
    `%${MARK.audit}%`,
  );
  expect(round.id).toBe(roundId);
  expect(audit.n).toBe(1);
  const tariffs = row<{ id: number }>(`SELECT id FROM "Issue" WHERE slug = 'tariffs'`);
  const bessent = row<{ id: number }>(`SELECT id FROM "Participant" WHERE slug = 'scott-bessent'`);

  families.push(
    { type: "round", id: round.id, slug: round.slug, expectationId: expectation.id, draft: true },
    { type: "update", id: update.id, slug: update.slug, draft: true },
    { type: "participant", id: participant.id, slug: participant.slug, draft: true },
    { type: "source", id: source.id, draft: true },
    { type: "source", id: roundSource.id, draft: true },
    { type: "expectation", id: expectation.id, draft: true },
    // Published records the drafts are linked to: their pages must not mention the drafts.
    { type: "issue", id: tariffs.id, slug: "tariffs", draft: false },
    { type: "participant", id: bessent.id, slug: "scott-bessent", draft: false },
  );

  for (const [who, person] of Object.entries(people)) cookies[who] = await cookieOf(page, person);
  run(`UPDATE "User" SET banned = 1 WHERE email = ?`, people.disabled.email);
  run(
    `UPDATE "Session" SET expiresAt = ? WHERE userId = (SELECT id FROM "User" WHERE email = ?)`,
    "2020-01-01T00:00:00.000+00:00",
    people.expired.email,
  );
});

const COOKIE = "__Secure-better-auth.session_token";
const STRANGERS: Record<string, () => string> = {
  "no session": () => "",
  "a disabled account": () => cookies.disabled!,
  "an expired session": () => cookies.expired!,
  "a forged cookie": () => `${COOKIE}=forged-${token}.c2lnbmF0dXJlLW5vdC1vdXJz`,
};

const REQUESTS: Record<string, Record<string, string>> = {
  document: { accept: "text/html" },
  "RSC request": { rsc: "1" },
  prefetch: { rsc: "1", "next-router-prefetch": "1" },
  "segment prefetch": { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
};

interface Leak {
  route: string;
  url: string;
  as: string;
  request: string;
  status: number;
  found: string[];
}

async function walk(
  request: APIRequestContext,
  identities: Record<string, () => string>,
  markers: string[],
  refuseDrafts: boolean,
) {
  const routes = routesFromFileSystem();
  const urls = routes.flatMap((route) => urlsFor(route, families));
  // Search answers with what it matched; the handle is in every draft.
  urls.push(
    { url: `/search?q=${SEARCH_HANDLE}`, route: "/search", fromDraft: false },
    { url: `/timeline?issue=tariffs`, route: "/timeline", fromDraft: false },
  );
  const jobs = urls.flatMap((u) =>
    Object.entries(identities).flatMap(([as, cookie]) =>
      Object.entries(REQUESTS).map(([kind, headers]) => ({ ...u, as, cookie, kind, headers })),
    ),
  );
  const leaks: Leak[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const cookie = job.cookie();
      const response = await request.get(job.url, {
        headers: { ...job.headers, ...(cookie ? { cookie } : {}) },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const body = (await response.body()).toString("utf8");
      const found = markers.filter((m) => body.includes(m));
      // A route asked about a draft by its id or slug may not answer as if it were there: a
      // share image, say, would draw the draft's title where no text search can find it.
      if (refuseDrafts && job.fromDraft && response.ok()) found.push(`answered ${response.status()} for a draft`);
      if (found.length > 0)
        leaks.push({ route: job.route, url: job.url, as: job.as, request: job.kind, status: response.status(), found });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return { routes, urls, jobs: jobs.length, leaks };
}

function report(leaks: Leak[]): string {
  const byRoute = new Map<string, Leak[]>();
  for (const leak of leaks) byRoute.set(leak.url, [...(byRoute.get(leak.url) ?? []), leak]);
  return [...byRoute]
    .map(
      ([url, l]) =>
        `${url} (${l[0]!.status}) as ${[...new Set(l.map((x) => `${x.as}/${x.request}`))].join(", ")}: ${[...new Set(l.flatMap((x) => x.found))].join(", ")}`,
    )
    .join("\n");
}

test("a stranger finds no editors' data in any route: no session, a disabled account, an expired or forged cookie", async ({
  request,
}) => {
  test.setTimeout(300_000);
  expect(families.length, "the drafts were saved").toBeGreaterThan(0);
  const { routes, urls, jobs, leaks } = await walk(request, STRANGERS, [...Object.values(MARK), ...ADMIN_ONLY], true);
  // The walk reaches the editors' area, set-up and sign-in, and the route handlers.
  expect(routes.filter((r) => r.path.startsWith("/edit")).length).toBeGreaterThan(20);
  expect(routes.some((r) => r.path === "/setup") && routes.some((r) => r.path === "/sign-in")).toBe(true);
  expect(routes.filter((r) => r.kind === "handler").length).toBeGreaterThan(15);
  console.log(`walked ${routes.length} routes as ${urls.length} addresses, ${jobs} requests`);
  expect(
    leaks,
    `leaking routes: ${new Set(leaks.map((l) => l.route)).size} (${new Set(leaks.map((l) => l.url)).size} addresses)\n${report(leaks)}`,
  ).toEqual([]);
});

test("an editor finds no admin-only data (accounts and their emails) in any route", async ({ request }) => {
  test.setTimeout(300_000);
  const { leaks } = await walk(request, { "an editor": () => cookies.editor! }, ADMIN_ONLY, false);
  expect(
    leaks,
    `leaking routes: ${new Set(leaks.map((l) => l.route)).size} (${new Set(leaks.map((l) => l.url)).size} addresses)\n${report(leaks)}`,
  ).toEqual([]);
});

test("the editors' pages send every stranger to sign in, or answer 404, before rendering anything", async ({
  request,
}) => {
  const editorPages = routesFromFileSystem().filter((r) => r.kind === "page" && r.path.startsWith("/edit"));
  for (const { url } of editorPages.flatMap((route) => urlsFor(route, families))) {
    for (const [as, cookie] of Object.entries(STRANGERS)) {
      for (const [kind, headers] of Object.entries(REQUESTS)) {
        const response = await request.get(url, { headers: { ...headers, cookie: cookie() }, maxRedirects: 0 });
        const asked = `${url} as ${as}, ${kind}`;
        expect([303, 307, 404], asked).toContain(response.status());
        if (response.status() !== 404)
          expect(new URL(response.headers()["location"]!, "http://x").pathname, asked).toBe("/sign-in");
      }
    }
  }
});
