import os from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { ApiErrorSchema } from "@/lib/schemas/api";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { useApiEnvironment } from "./helpers/api-environment";
import { rawExecute } from "./helpers/raw-sql";

// What the API says when something goes wrong, including the server itself: the database's
// tables are renamed away underneath the running handlers (a real fault in the real database, no
// mock). Every answer is the API's JSON error with a short message; the detail goes to the log.

const ORIGIN = "https://parley.example";
const SECRET = "error-leak-test-secret-that-must-never-show-0123456789abcdef";
const CONTENT_TABLES = ["Round", "Participant", "Issue", "Deadline", "TariffChange", "Update", "Source"];

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  useApiEnvironment({ url: db.url, origin: ORIGIN, secret: SECRET });
});

afterAll(async () => {
  await db.cleanup();
});

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

async function handlerFor(routePath: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ `@/app${routePath}/route`)) as { GET: Handler };
  return mod.GET;
}

interface Call {
  name: string;
  route: string;
  url: string;
  kind?: "list" | "record" | "document";
  params?: Record<string, unknown>;
}

/** A request to every endpoint, with the given slug for record endpoints and query for lists. */
function callsTo(slug: string, query: string): Call[] {
  return ENDPOINTS.map((e) =>
    e.kind !== "record"
      ? { name: e.path, kind: e.kind, route: e.path, url: `${e.path}${query}` }
      : {
          name: e.path,
          kind: e.kind,
          route: e.path.replace("{slug}", "[slug]"),
          url: e.path.replace("{slug}", encodeURIComponent(slug)),
          params: { slug },
        },
  );
}

async function answer(call: Call): Promise<{ response: Response; body: string }> {
  const handler = await handlerFor(call.route);
  const response = await handler(new Request(`${ORIGIN}${call.url}`), { params: Promise.resolve(call.params ?? {}) });
  return { response, body: await response.text() };
}

/** Anything in a body or header that would tell an attacker about the server. */
function leaks(text: string): string[] {
  const needles = [
    "/work/",
    "node_modules",
    os.tmpdir(),
    db.file ?? db.url,
    new URL(db.url).pathname.slice(1) || db.url,
    SECRET,
    "no such table",
    "_gone",
    "SqliteError",
    "PrismaClient",
    "prisma",
    "sqlite",
    "postgres",
    "Error:",
    "    at ",
  ];
  const found = needles.filter((needle) => text.toLowerCase().includes(needle.toLowerCase()));
  if (/\bat [^\n"]*:\d+:\d+/.test(text)) found.push("a stack frame");
  return found;
}

function everythingSent(response: Response, body: string): string {
  return [body, ...[...response.headers].map(([name, value]) => `${name}: ${value}`)].join("\n");
}

async function expectCleanError(call: Call, status: number) {
  const { response, body } = await answer(call);
  expect(response.status, call.url).toBe(status);
  expect(response.headers.get("Content-Type"), call.url).toBe("application/json; charset=utf-8");
  expect(response.headers.get("Cache-Control"), call.url).toBe("no-store");
  expect(ApiErrorSchema.parse(JSON.parse(body)).error.status, call.url).toBe(status);
  expect(leaks(everythingSent(response, body)), call.url).toEqual([]);
  return JSON.parse(body) as { error: { message: string } };
}

async function withTablesRenamed<T>(run: () => Promise<T>): Promise<T> {
  const rename = (from: (t: string) => string, to: (t: string) => string) =>
    rawExecute(
      db.url,
      CONTENT_TABLES.map((table) => `ALTER TABLE "${from(table)}" RENAME TO "${to(table)}";`).join("\n"),
    );
  await rename(
    (t) => t,
    (t) => `${t}_gone`,
  );
  return run().finally(() =>
    rename(
      (t) => `${t}_gone`,
      (t) => t,
    ),
  );
}

describe("the API's errors", () => {
  it("refuse a bad query, an unknown slug, a malformed slug and an unknown path in JSON that tells nothing about the server", async () => {
    // A document takes no parameters, so it has no query to refuse.
    const refusing = (calls: Call[]) => calls.filter((call) => call.kind !== "document");
    for (const call of refusing(callsTo("atlantis-2031-01", "?page=0&per_page=abc"))) {
      await expectCleanError(call, call.params ? 404 : 400);
    }
    for (const call of refusing(
      callsTo(`<script>alert("${SECRET}")</script>`, `?page=${encodeURIComponent("'; DROP TABLE Round; --")}`),
    )) {
      const { error } = await expectCleanError(call, call.params ? 404 : 400);
      expect(error.message).not.toContain("<script>");
    }
    const unknown = {
      name: "unknown path",
      route: "/api/v1/[...path]",
      url: "/api/v1/treaties/1",
      params: { path: ["treaties", "1"] },
    };
    expect((await expectCleanError(unknown, 404)).error.message).toBe(
      "The API has no endpoint at this path; /api/v1/openapi.json lists them.",
    );
  });

  it("answer a failing database with a short JSON 500 on every endpoint, log the detail, and recover when the database does", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await withTablesRenamed(async () => {
        for (const call of [...callsTo("madrid-2025-09", ""), ...callsTo("tiktok", "?page=2&per_page=5")]) {
          const { error } = await expectCleanError(call, 500);
          expect(error.message).toBe("The server could not answer this request. Try again later.");
        }
      });
      expect(logged).toHaveBeenCalledTimes(2 * ENDPOINTS.length);
      const line = JSON.parse(String(logged.mock.calls[0]![0])) as {
        level: string;
        message: string;
        error: string;
        stack: string;
        path: string;
      };
      expect(line).toMatchObject({ level: "error", message: "API request failed", path: ENDPOINTS[0]!.path });
      expect(line.error).toMatch(/Round` does not exist|no such table/i);
      expect(line.stack).toBeTruthy();
    } finally {
      logged.mockRestore();
    }
    const { response } = await answer(callsTo("madrid-2025-09", "")[1]!);
    expect(response.status).toBe(200);
  });

  it("keep secrets and paths out of successful answers too", async () => {
    for (const call of callsTo("madrid-2025-09", "?per_page=100").filter(
      (c) => !c.params || c.name.startsWith("/api/v1/rounds"),
    )) {
      const { response, body } = await answer(call);
      expect(response.status, call.url).toBe(200);
      expect(
        leaks(everythingSent(response, body)).filter((l) => l !== "prisma" && l !== "sqlite"),
        call.url,
      ).toEqual([]);
    }
    const openapi = await (
      await handlerFor("/api/v1/openapi.json")
    )(new Request(`${ORIGIN}/api/v1/openapi.json`), { params: Promise.resolve({}) });
    const text = await openapi.text();
    expect(leaks(everythingSent(openapi, text))).toEqual([]);
  });
});
