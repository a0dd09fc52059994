import { expect, test, type Page } from "@playwright/test";
import { READER_PAGES } from "../../bench/lib/reader-pages";
import { addAccount, signIn } from "./accounts";
import { collectConsoleErrors, useFixedClock } from "./fixed-clock";

// Every response carries the security headers; documents get a Content-Security-Policy that
// names their own inline scripts by hash, so the browser runs those and nothing injected.

const DOCUMENTS = [
  ...READER_PAGES,
  "/timeline?issue=tariffs",
  "/search?q=Madrid",
  "/sign-in",
  "/data",
  "/rounds/atlantis-2031-01",
];
const FILES = ["/api/v1/rounds", "/feed.xml", "/calendar.ics", "/api/health"];

const scriptSource = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src"))!;

test("documents have a script policy of hashes only (a nonce besides on private pages), and every response the common security headers", async ({
  request,
}) => {
  for (const path of [...DOCUMENTS, ...FILES]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d{7,}/);
    const policy = headers["content-security-policy"]!;
    expect(policy, path).toContain("frame-ancestors 'none'");
    if (FILES.includes(path)) {
      expect(policy, path).toBe("default-src 'none'; frame-ancestors 'none'");
      continue;
    }
    expect(headers["content-type"], path).toContain("text/html");
    const allowed = scriptSource(policy).split(/\s+/).slice(1);
    expect(allowed[0], path).toBe("'self'");
    expect(allowed.slice(1).length, `${path} names its inline scripts`).toBeGreaterThan(0);
    const privatePage = path === "/sign-in";
    expect(
      allowed
        .slice(1)
        .every(
          (source) =>
            /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source) || (privatePage && /^'nonce-[A-Za-z0-9+/]+=*'$/.test(source)),
        ),
      path,
    ).toBe(true);
  }
});

async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test("pages run their own scripts without a single policy violation", async ({ page }) => {
  await useFixedClock(page);
  const violations = await watchViolations(page);
  const errors = collectConsoleErrors(page);
  for (const path of DOCUMENTS.filter((p) => !p.includes("atlantis"))) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
  // Hydrated: a client-side navigation happens without a document load.
  await page.goto("/");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("navigation").getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
});

test("the editors' forms run under a nonce of their own, with no violation and a policy a proxy's header buffer takes", async ({
  page,
}) => {
  // An account through the real command, a sign-in and four form pages: more than a reader's test.
  test.setTimeout(90_000);
  const editor = {
    name: "Nora Nonce",
    email: `nonce-${test.info().retry}@parley.test`,
    password: "nonce editor passphrase 5",
    role: "editor" as const,
  };
  addAccount(editor);
  await signIn(page, editor);
  const violations = await watchViolations(page);
  const errors = collectConsoleErrors(page);
  for (const path of ["/edit", "/edit/rounds/new", "/edit/updates/new", "/edit/deadlines"]) {
    const response = await page.goto(path);
    const policy = (await response!.allHeaders())["content-security-policy"]!;
    const nonce = /'nonce-([A-Za-z0-9+/]+=*)'/.exec(scriptSource(policy))?.[1];
    expect(nonce, path).toBeDefined();
    expect(await response!.text(), path).toContain(`nonce="${nonce}"`);
    // nginx's default buffer for a response's headers is 4 KB.
    expect(policy.length, path).toBeLessThan(3000);
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
  await page
    .getByRole("link", { name: /25 MMT/ })
    .first()
    .click();
  await expect(page.getByRole("form", { name: "Extend the deadline" })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
});

test("an injected inline script or event handler does not run", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/rounds/geneva-2025-05");
  const ran = await page.evaluate(async () => {
    const flags = window as unknown as { __injected?: number; __handler?: number };
    const script = document.createElement("script");
    script.textContent = "window.__injected = 1";
    document.body.append(script);
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.__handler = 1");
    image.src = "data:,not-an-image";
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { script: flags.__injected, handler: flags.__handler };
  });
  expect(ran).toEqual({ script: undefined, handler: undefined });
  expect((await violations()).join("\n")).toMatch(/script-src/);
});
