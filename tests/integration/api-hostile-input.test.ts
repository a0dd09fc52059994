import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { ENDPOINTS, type Endpoint } from "@/lib/api/endpoints";
import { ApiErrorSchema } from "@/lib/schemas/api";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { useApiEnvironment } from "./helpers/api-environment";
import { databaseFingerprint } from "./helpers/raw-sql";

// Every parameter of every API endpoint, thrown at the real route handlers with real Request
// objects on a real seeded database: the answer is a 200 the endpoint's schema accepts, a 304, or
// a 4xx in the API's JSON error shape; never an exception (Next would answer it with a 500),
// never a stack trace, a file path or a secret; and the database file does not change by a byte.

const ORIGIN = "https://parley.example";
const SECRET = "hostile-input-test-secret-that-must-never-show-0123456789";
const RUNS = 300;

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  // A draft of each kind readers must never get from the API, by any spelling of its slug.
  const round = await db.prisma.round.findFirstOrThrow({ where: { slug: "madrid-2025-09" } });
  await db.prisma.round.create({
    data: {
      slug: "secret-draft-round-2026-12",
      kind: round.kind,
      title: "Draft round",
      startsAt: round.startsAt,
      endsAt: round.endsAt,
      timeZone: round.timeZone,
      status: round.status,
      summary: "Draft",
      publishedAt: null,
    },
  });
  const update = await db.prisma.update.findFirstOrThrow();
  await db.prisma.update.create({
    data: {
      slug: "secret-draft-update-2026-12",
      kind: update.kind,
      title: "Draft update",
      body: "Draft",
      occurredAt: update.occurredAt,
      timeZone: update.timeZone,
      publishedAt: null,
    },
  });
  useApiEnvironment({ url: db.url, origin: ORIGIN, secret: SECRET });
});

afterAll(async () => {
  await db.cleanup();
});

/** Values an attacker or a broken client might send in any parameter or header. */
const NASTY = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "'; DROP TABLE Round; --",
  '" OR 1=1 --',
  "1 UNION SELECT password FROM Account",
  "1; DELETE FROM Update",
  "../../../../etc/passwd",
  "javascript:alert(1)",
  "%00",
  "\u0000",
  "%E0%A4%A",
  "%",
  "%%32%65",
  "\u202Eevil",
  "𝕳𝖊𝖑𝖑𝖔",
  "٣",
  "２",
  "𝟐",
  "Ⅻ",
  "",
  " ",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "0",
  "-0",
  "1e309",
  "1e3",
  "5e0",
  "0x10",
  "0b11",
  "1_000",
  "2.0",
  "2.5",
  " 2 ",
  "+2",
  "99999999999999999999",
  "9007199254740993",
  "100000",
  "100001",
  "100",
  "101",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "[object Object]",
  "__proto__",
  "constructor",
  "0000-00-00",
  "9999-12-31",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "Sat, 13 Sep 275760 00:00:00 GMT",
  "Tue, 20 Apr -271821 00:00:00 GMT",
  "Thu, 01 Jan 1970 00:00:00 GMT",
  "Mon, 32 Foo 2026 25:61:61 GMT",
  "*",
  'W/"x"',
  '""',
  "W/",
  ",,,,",
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.string({ minLength: 5000, maxLength: 30_000 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15) })
    .map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())),
);

/** What a number-like parameter might be: mostly plausible, sometimes hostile. */
const pageValue = fc.oneof(
  fc.integer({ min: -5, max: 120 }).map(String),
  fc.integer({ min: 1, max: 200_000 }).map(String),
  text,
);

const paramName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("page", "per_page") },
  fc.constantFrom(
    "limit",
    "offset",
    "filter",
    "issue",
    "q",
    "sort",
    "page[]",
    "per_page[0]",
    "Page",
    "PER_PAGE",
    "__proto__",
    "constructor",
  ),
  fc.string({ maxLength: 20 }),
);

/** A query string: encoded as a client library would, or written raw (unencoded, malformed escapes). */
const query = fc.oneof(
  fc.record({ page: pageValue, per_page: pageValue }, { requiredKeys: [] }).map((q) => `?${new URLSearchParams(q)}`),
  fc
    .array(fc.tuple(paramName, fc.oneof(pageValue, text)), { maxLength: 6 })
    .map((pairs) => `?${new URLSearchParams(pairs)}`),
  fc
    .array(fc.tuple(paramName, fc.oneof(pageValue, text)), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
);

/** Header values as they arrive from Node's parser: bytes read as Latin-1, no CR, LF or NUL. */
const asHeader = (value: string) =>
  Buffer.from(value, "utf8")
    .toString("latin1")
    .replace(/[\r\n\0]/g, "");

const httpDate = fc
  .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
  .map((d) => d.toUTCString());
const entityTags = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 30 }).map((t) => `W/"${t}"`),
      fc.constant("*"),
      text,
    ),
    { maxLength: 50 },
  )
  .map((tags) => tags.join(", "));
const address = fc.oneof(fc.ipV4(), fc.ipV6(), text);

const requestHeaders = fc.record(
  {
    "if-none-match": fc.oneof(entityTags, text).map(asHeader),
    "if-modified-since": fc.oneof(httpDate, text).map(asHeader),
    "x-forwarded-for": fc
      .oneof(
        address,
        fc.array(address, { maxLength: 5 }).map((a) => a.join(", ")),
      )
      .map(asHeader),
    accept: text.map(asHeader),
  },
  { requiredKeys: [] },
);

const method = fc.constantFrom("GET", "GET", "GET", "HEAD");

type Handler = (request: Request, context?: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

interface Route {
  name: string;
  handler: Handler;
  /** The path template's query or slug. */
  target: fc.Arbitrary<{ url: string; params?: Record<string, unknown> }>;
  statuses: number[];
  schema?: z.ZodType;
}

async function routeModule(file: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ file)) as { GET?: Handler };
  expect(mod.GET, file).toBeTypeOf("function");
  return mod.GET!;
}

/** The slugs readers can see, and the drafts they must not, of a record endpoint's table. */
async function slugsOf(endpoint: Endpoint): Promise<{ visible: string[]; drafts: string[] }> {
  const published = { publishedAt: { not: null } };
  const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);
  switch (endpoint.tag) {
    case "Rounds":
      return {
        visible: slugs(await db.prisma.round.findMany({ where: published, select: { slug: true } })),
        drafts: slugs(await db.prisma.round.findMany({ where: { publishedAt: null }, select: { slug: true } })),
      };
    case "Updates":
      return {
        visible: slugs(await db.prisma.update.findMany({ where: published, select: { slug: true }, take: 30 })),
        drafts: slugs(await db.prisma.update.findMany({ where: { publishedAt: null }, select: { slug: true } })),
      };
    case "Participants":
      return { visible: slugs(await db.prisma.participant.findMany({ select: { slug: true } })), drafts: [] };
    case "Issues":
      return { visible: slugs(await db.prisma.issue.findMany({ select: { slug: true } })), drafts: [] };
    case "Deadlines":
      return { visible: slugs(await db.prisma.deadline.findMany({ select: { slug: true }, take: 30 })), drafts: [] };
    default:
      throw new Error(`No slugs for ${endpoint.path}`);
  }
}

async function routes(): Promise<Route[]> {
  const all: Route[] = [];
  for (const endpoint of ENDPOINTS) {
    const file = `@/app${endpoint.path.replace("{slug}", "[slug]")}/route`;
    const handler = await routeModule(file);
    if (endpoint.kind !== "record") {
      // A document takes no parameters: whatever the query, it answers.
      const statuses = endpoint.kind === "list" ? [200, 304, 400] : [200, 304];
      all.push({
        name: endpoint.path,
        handler,
        schema: endpoint.response,
        statuses,
        target: query.map((q) => ({ url: `${endpoint.path}${q}` })),
      });
      continue;
    }
    const { visible, drafts } = await slugsOf(endpoint);
    const real = fc.constantFrom(...visible);
    const slug = fc.oneof(
      { weight: 3, arbitrary: real },
      { weight: 3, arbitrary: text },
      real.map((s) => s.toUpperCase()),
      fc.tuple(real, text).map(([s, t]) => `${s}${t}`),
      fc.tuple(text, real).map(([t, s]) => `${t}${s}`),
      real.map((s) => `${s}/../${s}`),
      ...(drafts.length > 0 ? [fc.constantFrom(...drafts)] : []),
    );
    all.push({
      name: endpoint.path,
      handler,
      schema: endpoint.response,
      statuses: [200, 304, 404],
      target: fc.tuple(slug, query).map(([s, q]) => ({
        url: `${endpoint.path.replace("{slug}", encodeURIComponent(s))}${q}`,
        params: { slug: s },
      })),
    });
  }
  all.push({
    name: "/api/v1/openapi.json",
    handler: await routeModule("@/app/api/v1/openapi.json/route"),
    statuses: [200, 304],
    target: query.map((q) => ({ url: `/api/v1/openapi.json${q}` })),
  });
  const segments = fc.array(text, { minLength: 1, maxLength: 4 });
  all.push({
    name: "/api/v1/{unknown path}",
    handler: await routeModule("@/app/api/v1/[...path]/route"),
    statuses: [404],
    target: fc
      .tuple(segments, query)
      .map(([p, q]) => ({ url: `/api/v1/${p.map(encodeURIComponent).join("/")}${q}`, params: { path: p } })),
  });
  return all;
}

/** What no answer may contain: a stack frame, a path on this machine, a secret, the database's own words. */
function leaksIn(body: string): string[] {
  const found: string[] = [];
  if (/\bat [^\n"]*:\d+:\d+/.test(body)) found.push("a stack frame");
  for (const needle of ["/work/", "node_modules", db.dir, db.url, SECRET])
    if (body.includes(needle)) found.push(needle);
  return found;
}

const ERROR_WORDS =
  /prisma|sqlite|SqliteError|TypeError|ReferenceError|RangeError|undefined|\[object Object\]|Invariant/i;

async function expectSafeAnswer(route: Route, request: Request, response: Response) {
  const label = `${request.method} ${request.url.slice(0, 200)}`;
  expect(route.statuses, label).toContain(response.status);
  const body = await response.text();
  expect(leaksIn(body), label).toEqual([]);
  // Node sends no body in answer to HEAD, so only a 200 has to leave it out itself.
  if (response.status === 304 || (request.method === "HEAD" && response.status === 200)) {
    expect(body, label).toBe("");
    return;
  }
  expect(response.headers.get("Content-Type"), label).toMatch(
    /^application\/(?:json|vnd\.oai\.openapi\+json); charset=utf-8$/,
  );
  const json: unknown = JSON.parse(body);
  if (response.status === 200) {
    if (route.schema) expect(route.schema.safeParse(json).success, label).toBe(true);
    return;
  }
  const { error } = ApiErrorSchema.parse(json);
  expect(error.status, label).toBe(response.status);
  expect(error.message.length, label).toBeGreaterThan(10);
  expect(error.message.length, label).toBeLessThan(300);
  expect(error.message, label).not.toMatch(ERROR_WORDS);
  expect(error.message, label).not.toMatch(/[<>]/);
  if (response.status === 400) {
    expect(error.message, label).toBe("Invalid query parameters.");
    expect(error.issues?.length, label).toBeGreaterThan(0);
    for (const issue of error.issues ?? [])
      expect(issue.message, label).toMatch(new RegExp(`^${issue.parameter} must be a whole number from 1 to \\d+\\.$`));
  }
  if (response.status === 404)
    expect(error.message, label).toMatch(
      /^No \w+ has (?:that slug: |the slug "[a-z0-9-]+"\.$)|^The API has no endpoint at this path/,
    );
}

describe("hostile input to every API endpoint", () => {
  it("answers each with a documented status and a clean JSON body, and changes nothing in the database", async () => {
    const tried = new Map<string, number>();
    const statuses = new Map<string, Set<number>>();
    const all = await routes();
    expect(all.length).toBe(ENDPOINTS.length + 2);
    for (const route of all) {
      const before = await databaseFingerprint(db.url);
      await fc.assert(
        fc.asyncProperty(route.target, requestHeaders, method, async ({ url, params }, headers, verb) => {
          const request = new Request(`${ORIGIN}${url}`, { method: verb, headers });
          const response = await route.handler(request, { params: Promise.resolve(params ?? {}) });
          tried.set(route.name, (tried.get(route.name) ?? 0) + 1);
          statuses.set(route.name, (statuses.get(route.name) ?? new Set()).add(response.status));
          await expectSafeAnswer(route, request, response);
        }),
        { numRuns: RUNS, seed: 20261121, endOnFailure: true },
      );
      expect(await databaseFingerprint(db.url), `${route.name} changed the database`).toBe(before);
    }
    expect(Object.fromEntries(tried)).toEqual(Object.fromEntries(all.map((r) => [r.name, RUNS])));
    // The inputs reach every answer a route has, not only its refusals.
    for (const route of all) expect([...(statuses.get(route.name) ?? [])].sort(), route.name).toEqual(route.statuses);
  }, 600_000);

  it("never serves a draft, by any spelling of its slug", async () => {
    for (const [file, slug] of [
      ["@/app/api/v1/rounds/[slug]/route", "secret-draft-round-2026-12"],
      ["@/app/api/v1/updates/[slug]/route", "secret-draft-update-2026-12"],
    ] as const) {
      const handler = await routeModule(file);
      for (const spelling of [slug, slug.toUpperCase(), ` ${slug}`, `${slug} `, `${slug}%20`]) {
        const response = await handler(new Request(`${ORIGIN}/api/v1/x/${encodeURIComponent(spelling)}`), {
          params: Promise.resolve({ slug: spelling }),
        });
        expect(response.status, spelling).toBe(404);
      }
    }
    const list = await routeModule("@/app/api/v1/rounds/route");
    const body = await (await list(new Request(`${ORIGIN}/api/v1/rounds?per_page=100`))).text();
    expect(body).not.toContain("secret-draft");
  });
});
