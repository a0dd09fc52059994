import type { APIRequestContext, APIResponse, BrowserContext, Page } from "@playwright/test";

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

// What the browser decides about a request's provenance: each replay states these itself.
const PROVENANCE = /^(cookie|origin|referer|host|content-length|connection|sec-fetch-.*)$/;

/**
 * Runs `submit` in the page and returns the server-action POST it makes, which is held back:
 * it never reaches the server, so a test can send it again under conditions of its choosing.
 */
export async function captureActionPost(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const captured = new Promise<CapturedAction>((resolve) => {
    void page.route("**/*", async (route, request) => {
      const headers = await request.allHeaders();
      if (request.method() !== "POST" || !headers["next-action"]) return route.fallback();
      resolve({ url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    });
  });
  await submit();
  const action = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return action;
}

/** The browser's session cookie, as a `Cookie` header value ("" when it has none). */
export async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("better-auth.session_token"));
  return cookie ? `${cookie.name}=${cookie.value}` : "";
}

/** Sends a captured action again, with the cookie and provenance headers a given browser or attacker would send. */
export function replay(
  request: APIRequestContext,
  action: CapturedAction,
  provenance: Record<string, string>,
): Promise<APIResponse> {
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([name]) => !PROVENANCE.test(name)));
  return request.post(action.url, { headers: { ...headers, ...provenance }, data: action.body, maxRedirects: 0 });
}

export function setCookies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
}
