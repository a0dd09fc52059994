import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionLog, redact } from "@/lib/actions/action-log";
import { onRequestError } from "@/instrumentation";

afterEach(() => {
  vi.restoreAllMocks();
});

/** The JSON lines written to the console's error stream while `act` runs. */
async function errorLines(act: () => unknown): Promise<{ raw: string; line: Record<string, unknown> }[]> {
  const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  await act();
  return spy.mock.calls.map(([raw]) => ({
    raw: String(raw),
    line: JSON.parse(String(raw)) as Record<string, unknown>,
  }));
}

describe("a request error Next reports", () => {
  const context = {
    routerKind: "App Router",
    routePath: "/rounds/[slug]",
    routeType: "render",
    renderSource: "react-server-components",
    revalidateReason: undefined,
  } as const;
  const request = () => ({
    path: "/rounds/madrid-2025-09?token=reset-token-value",
    method: "GET",
    headers: { cookie: "better-auth.session_token=cookie-value", authorization: "Bearer bearer-value" },
  });

  it("is one JSON line with the route, the method, the path without its query, the digest and the stack; no header", async () => {
    const error = Object.assign(new Error("the database is gone"), { digest: "2417563880" });
    const logged = await errorLines(() => onRequestError(error, request(), context));
    expect(logged.map((l) => l.line)).toEqual([
      {
        level: "error",
        time: expect.any(String),
        message: "request failed",
        route: "/rounds/[slug]",
        routeType: "render",
        renderSource: "react-server-components",
        method: "GET",
        path: "/rounds/madrid-2025-09",
        digest: "2417563880",
        error: "the database is gone",
        stack: expect.stringContaining("the database is gone\n    at "),
      },
    ]);
    expect(logged[0]!.raw).not.toMatch(/reset-token-value|cookie-value|bearer-value/);
  });

  it("is logged once per request when Next reports it again (the HTML render of a failed component), once more for another request", async () => {
    const error = Object.assign(new Error("the database is gone"), { digest: "99" });
    const first = request();
    const logged = await errorLines(async () => {
      await onRequestError(error, first, context);
      await onRequestError(error, { ...first }, { ...context, renderSource: "server-rendering" });
      await onRequestError(error, request(), context);
    });
    expect(logged).toHaveLength(2);
  });
});

describe("an editor action's error line", () => {
  it("quotes no value of the form and not the user's email, even when the error's own text does", async () => {
    const values = {
      email: "someone@example.org",
      password: "correct horse battery staple",
      title: 'A "quoted" title',
    };
    const error = new Error(`Invalid value for ${JSON.stringify(values)} given by editor@parley.test`);
    const logged = await errorLines(() => {
      const log = new ActionLog("addUser");
      log.signedIn({ id: "user-1", email: "editor@parley.test" });
      log.failed(error, values);
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.line).toMatchObject({
      level: "error",
      message: "editor action failed",
      action: "addUser",
      userId: "user-1",
      outcome: "error",
    });
    for (const secret of [...Object.values(values), "quoted", "editor@parley.test"])
      expect(logged[0]!.raw).not.toContain(secret);
  });

  it("keeps short values (codes like UTC) so the error stays readable", () => {
    expect(redact("no such zone: UTC in Europe/Paris", ["UTC", "Europe/Paris"])).toBe(
      "no such zone: UTC in [redacted]",
    );
  });
});
