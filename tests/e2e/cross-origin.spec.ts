import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { slugFor } from "../../lib/domain/slugs";
import { addAccount, E2E_DATABASE, signIn } from "./accounts";
import { captureActionPost, replay, sessionCookie, setCookies } from "./server-actions";

// Cross-site request forgery against the editors' writes and the sign-in: what a real browser
// sends from an attacker's page, and the same requests replayed with a stolen-in-transit view of
// the headers (the editor's valid cookie, a foreign Origin). Each refusal has a control: the same
// request from Parley's own origin goes through, so a refusal is the origin's doing.
test.describe.configure({ mode: "serial", retries: 0 });

const editor = {
  name: "Cora Crossorigin",
  email: "cross-origin@parley.test",
  password: "cross origin passphrase 7",
  role: "editor" as const,
};
const EVIL = "https://evil.example";
// The attacker's page for the browser tests: over http like the test server, since a browser
// posting from https to http sends "Origin: null" instead of the page's origin.
const EVIL_PAGE = "http://evil.example";
const DATE = "2020-03-02";
const STACK_FRAME = /node_modules|\bat .+:\d+:\d+/;

test.beforeAll(() => addAccount(editor));

function updatesTitled(title: string): number {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "Update" WHERE title = ?`).get(title) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Whether readers can see an update of that title: the API's record for it. */
async function publishedToReaders(request: APIRequestContext, title: string): Promise<boolean> {
  const response = await request.get(`/api/v1/updates/${slugFor(title, DATE)}`);
  expect([200, 404]).toContain(response.status());
  return response.status() === 200;
}

async function fillUpdate(page: Page, title: string) {
  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill(DATE);
  await page.getByRole("combobox", { name: "Time zone of that date" }).fill("America/New_York");
  await page
    .getByRole("textbox", { name: "Text", exact: true })
    .fill("A probe that must only be saved from Parley's own pages.");
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
}

/** The fields a form would post, hidden action fields included, as an attacker copies them into a page of their own. */
async function formFields(page: Page, form: string, submitter: string): Promise<[string, string][]> {
  return page.getByRole("form", { name: form }).evaluate((element, label) => {
    const button = [...element.querySelectorAll("button")].find((b) => b.textContent?.trim() === label);
    return [...new FormData(element as HTMLFormElement, button)].map(
      ([name, value]) => [name, String(value)] as [string, string],
    );
  }, submitter);
}

/** A page that posts the fields to `action` as soon as it loads, as a forged-request page does. */
function autoSubmittingPage(action: string, fields: [string, string][]): string {
  const attr = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const inputs = fields
    .map(([name, value]) => `<input type="hidden" name="${attr(name)}" value="${attr(value)}">`)
    .join("");
  return `<!doctype html><form method="post" enctype="multipart/form-data" action="${attr(action)}">${inputs}</form><script>document.forms[0].submit()</script>`;
}

/** Opens the forged page at `pageUrl` (an attacker's site, or Parley's own origin as the control) and waits for its post to land. */
async function submitForgedPage(page: Page, pageUrl: string, html: string, target: string) {
  await page.route(pageUrl, (route) => route.fulfill({ contentType: "text/html", body: html }));
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().startsWith(target));
  const landed = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(target));
  await page.goto(pageUrl);
  const [request, response] = await Promise.all([posted, landed]);
  await page.unroute(pageUrl);
  return { sent: await request.allHeaders(), status: response.status() };
}

test("an attacker's page that posts the update form while the editor is signed in writes nothing; the same page on Parley's origin saves", async ({
  page,
  request,
  baseURL,
}) => {
  const title = "Forged update from another site";
  await signIn(page, editor);
  await fillUpdate(page, title);
  const fields = await formFields(page, "Update", "Publish");
  const target = `${baseURL}/edit/updates/new`;

  const attack = await submitForgedPage(page, `${EVIL_PAGE}/win-a-prize`, autoSubmittingPage(target, fields), target);
  // What the browser itself did: it named the attacker's origin and withheld the SameSite=Lax session cookie.
  expect(attack.sent["origin"]).toBe(EVIL_PAGE);
  expect(attack.sent["cookie"] ?? "").not.toContain("session_token");
  expect(updatesTitled(title)).toBe(0);
  expect(await publishedToReaders(request, title)).toBe(false);

  const control = await submitForgedPage(
    page,
    `${baseURL}/forged-form-control`,
    autoSubmittingPage(target, fields),
    target,
  );
  expect(control.sent["cookie"]).toContain("session_token");
  expect(control.status).toBe(303);
  await page.waitForURL(/\/edit\/updates\/\d+\?saved=1/);
  expect(updatesTitled(title)).toBe(1);
  expect(await publishedToReaders(request, title)).toBe(true);
});

// Provenance headers an attacker's page can make a browser send, each alone (Next's Origin check,
// then the proxy's fetch metadata and Referer checks) and all together as a browser sends them.
const FOREIGN: { name: string; headers: Record<string, string> }[] = [
  { name: "Origin of another site", headers: { origin: EVIL } },
  { name: "an opaque Origin (sandboxed frame, data: page)", headers: { origin: "null" } },
  { name: "Origin of another port on the same host", headers: { origin: "http://127.0.0.1:1" } },
  { name: "Origin of a look-alike host", headers: { origin: "http://127.0.0.1.evil.example" } },
  {
    name: "no Origin, cross-site fetch metadata",
    headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" },
  },
  { name: "no Origin, same-site fetch metadata", headers: { "sec-fetch-site": "same-site", "sec-fetch-mode": "cors" } },
  { name: "no Origin, a foreign Referer", headers: { referer: `${EVIL}/` } },
  {
    name: "all that a browser sends from another site",
    headers: { origin: EVIL, referer: `${EVIL}/`, "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" },
  },
];

test("a server action replayed with the editor's valid session cookie but a foreign origin is refused and writes nothing", async ({
  page,
  playwright,
  request,
  baseURL,
}) => {
  const title = "Replayed update from another origin";
  await signIn(page, editor);
  await fillUpdate(page, title);
  const save = await captureActionPost(page, () => page.getByRole("button", { name: "Publish" }).click());
  const cookie = await sessionCookie(page.context());
  expect(cookie).toContain("session_token");
  const api = await playwright.request.newContext();

  for (const { name, headers } of FOREIGN) {
    const response = await replay(api, save, { cookie, ...headers });
    expect(response.headers()["x-action-redirect"], name).toBeUndefined();
    expect(await response.text(), `${name}: no stack trace in the refusal`).not.toMatch(STACK_FRAME);
    expect(updatesTitled(title), name).toBe(0);
    expect(await publishedToReaders(request, title), name).toBe(false);
  }

  const own = await replay(api, save, {
    cookie,
    origin: baseURL!,
    referer: `${baseURL}/edit/updates/new`,
    "sec-fetch-site": "same-origin",
    "sec-fetch-mode": "cors",
  });
  expect(own.headers()["x-action-redirect"]).toMatch(/^\/edit\/updates\/\d+\?saved=1/);
  expect(updatesTitled(title)).toBe(1);
  expect(await publishedToReaders(request, title)).toBe(true);
  await api.dispose();
});

test("a sign-in posted from another origin sets no session cookie; from Parley's own origin it does", async ({
  page,
  playwright,
  baseURL,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  const signInPost = await captureActionPost(page, () => page.getByRole("button", { name: "Sign in" }).click());
  const signedIn = (response: Awaited<ReturnType<typeof replay>>) =>
    setCookies(response).some((c) => /session_token=[^;]/.test(c));

  for (const { name, headers } of FOREIGN) {
    const api = await playwright.request.newContext();
    const response = await replay(api, signInPost, headers);
    expect(signedIn(response), name).toBe(false);
    expect(await response.text(), `${name}: no stack trace in the refusal`).not.toMatch(STACK_FRAME);
    expect(response.headers()["x-action-redirect"], name).toBeUndefined();
    await api.dispose();
  }

  const api = await playwright.request.newContext();
  const own = await replay(api, signInPost, {
    origin: baseURL!,
    referer: `${baseURL}/sign-in`,
    "sec-fetch-site": "same-origin",
    "sec-fetch-mode": "cors",
  });
  expect(signedIn(own)).toBe(true);
  expect(own.headers()["x-action-redirect"]).toMatch(/^\/edit/);
  await api.dispose();
});

test("an attacker's page cannot sign a visitor into the attacker's account (login forgery)", async ({
  page,
  baseURL,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  const fields = await formFields(page, "Sign in", "Sign in");
  const target = `${baseURL}/sign-in`;

  const attack = await submitForgedPage(page, `${EVIL_PAGE}/free-gift`, autoSubmittingPage(target, fields), target);
  expect(attack.sent["origin"]).toBe(EVIL_PAGE);
  expect(await sessionCookie(page.context())).toBe("");

  await submitForgedPage(page, `${baseURL}/forged-sign-in-control`, autoSubmittingPage(target, fields), target);
  await page.waitForURL(/\/edit/);
  expect(await sessionCookie(page.context())).toContain("session_token");
});

test("better-auth's own HTTP endpoints are not mounted: sign-in, sign-out and the admin plugin's role and ban endpoints are 404s", async ({
  request,
}) => {
  const body = { email: editor.email, password: editor.password, userId: "x", role: "admin" };
  for (const path of [
    "/api/auth/sign-in/email",
    "/api/auth/sign-up/email",
    "/api/auth/sign-out",
    "/api/auth/admin/set-role",
    "/api/auth/admin/ban-user",
    "/api/auth/admin/impersonate-user",
  ]) {
    const response = await request.post(path, { data: body, headers: { origin: EVIL } });
    expect(response.status(), path).toBe(404);
    expect(setCookies(response).join(), path).not.toContain("session_token");
  }
  expect((await request.get("/api/auth/get-session")).status()).toBe(404);
});
