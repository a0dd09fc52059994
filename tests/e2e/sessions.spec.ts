import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { slugFor } from "../../lib/domain/slugs";
import { addAccount, E2E_DATABASE, signIn } from "./accounts";
import { captureActionPost, replay, sessionCookie } from "./server-actions";

// Session fixation and sign-out: whatever session cookie a browser holds before signing in, it
// holds a new one after; a signed-out cookie opens nothing, not even for a captured save.
test.describe.configure({ mode: "serial", retries: 0 });

const victim = {
  name: "Vera Victim",
  email: "session-victim@parley.test",
  password: "victim editor passphrase 3",
  role: "editor" as const,
};
const attacker = {
  name: "Mallory Planter",
  email: "session-attacker@parley.test",
  password: "attacker editor passphrase 9",
  role: "editor" as const,
};

test.beforeAll(() => {
  addAccount(victim);
  addAccount(attacker);
});

const COOKIE = "__Secure-better-auth.session_token";

async function plant(context: BrowserContext, baseURL: string, value: string) {
  await context.addCookies([
    {
      name: COOKIE,
      value,
      domain: new URL(baseURL).hostname,
      path: "/",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
    },
  ]);
}

/** Who the editors' area says is signed in with this cookie, or null when it sends the visitor to sign in. */
async function signedInAs(request: APIRequestContext, cookie: string): Promise<string | null> {
  const response = await request.get("/edit", { headers: { cookie }, maxRedirects: 0 });
  const html = await response.text();
  if (response.status() !== 200 || !html.includes("Sign out")) return null;
  return [victim, attacker].find((a) => html.includes(a.name))?.name ?? "someone else";
}

function tokenOf(cookie: string): string {
  return cookie.slice(cookie.indexOf("=") + 1);
}

test("a session cookie planted before sign-in (the attacker's own, or a forged one) is replaced, and stays the attacker's", async ({
  browser,
  request,
  baseURL,
}) => {
  const attackerContext = await browser.newContext();
  const attackerPage = await attackerContext.newPage();
  await signIn(attackerPage, attacker);
  const planted = await sessionCookie(attackerContext);

  for (const value of [tokenOf(planted), "attacker-chosen-token.c2lnbmF0dXJl"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await plant(context, baseURL!, value);
    expect(await sessionCookie(context)).toBe(`${COOKIE}=${value}`);
    await signIn(page, victim);
    const after = await sessionCookie(context);
    expect(tokenOf(after)).not.toBe(value);
    expect(await signedInAs(request, after)).toBe(victim.name);
    await context.close();
  }
  expect(await signedInAs(request, planted), "the planted token did not become the victim's session").toBe(
    attacker.name,
  );
  await attackerContext.close();
});

test("signing in again issues a fresh token; the earlier session is not reused", async ({ page, request }) => {
  await signIn(page, victim);
  const first = await sessionCookie(page.context());
  await signIn(page, victim);
  const second = await sessionCookie(page.context());
  expect(tokenOf(second)).not.toBe(tokenOf(first));
  expect(await signedInAs(request, second)).toBe(victim.name);
});

test("after sign-out the old cookie opens nothing: the editors' area sends it to sign in and a captured save with it is refused", async ({
  page,
  playwright,
  request,
  baseURL,
}) => {
  const title = "Saved with a signed-out cookie";
  await signIn(page, victim);
  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2020-03-03");
  await page.getByRole("combobox", { name: "Time zone of that date" }).fill("America/New_York");
  await page.getByRole("textbox", { name: "Text", exact: true }).fill("Must never be saved.");
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  const save = await captureActionPost(page, () => page.getByRole("button", { name: "Publish" }).click());
  const cookie = await sessionCookie(page.context());
  expect(await signedInAs(request, cookie)).toBe(victim.name);

  await page.goto("/edit");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in\?signed-out=1/);

  expect(await signedInAs(request, cookie)).toBeNull();
  const api = await playwright.request.newContext();
  const response = await replay(api, save, {
    cookie,
    origin: baseURL!,
    referer: `${baseURL}/edit/updates/new`,
    "sec-fetch-site": "same-origin",
  });
  expect(await response.text()).toContain("You are not signed in");
  await api.dispose();
  const db = new Database(E2E_DATABASE, { readonly: true });
  expect((db.prepare(`SELECT count(*) AS n FROM "Update" WHERE title = ?`).get(title) as { n: number }).n).toBe(0);
  db.close();
  expect((await request.get(`/api/v1/updates/${slugFor(title, "2020-03-03")}`)).status()).toBe(404);
});
