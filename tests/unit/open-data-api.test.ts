import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { OPENAPI_PATH, openApiDocument } from "@/lib/api/openapi";
import { paginate, parsePageQuery } from "@/lib/api/pagination";
import { conditionalResponse, isNotModified, latestOf, weakEtag } from "@/lib/http/conditional";
import { DeadlineSchema, RoundListSchema, SourceSchema } from "@/lib/schemas/api";

const doc = openApiDocument("https://parley.example");
type Json = Record<string, unknown>;

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a path for every endpoint and for itself", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([...ENDPOINTS.map((e) => e.path), OPENAPI_PATH].sort());
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("has every endpoint route on disk, so the document cannot promise a path the app lacks", () => {
    for (const endpoint of [...ENDPOINTS.map((e) => e.path), OPENAPI_PATH]) {
      const file = path.join(process.cwd(), "app", endpoint.replace("{slug}", "[slug]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
    }
  });

  it("answers each operation with a registered component schema, and 304, 400 (lists) or 404 (records), 429 and 500", () => {
    for (const endpoint of ENDPOINTS) {
      const get = (doc.paths[endpoint.path] as { get: Json }).get as {
        responses: Record<string, Json>;
        operationId: string;
      };
      const ref = ((get.responses["200"]!.content as Json)["application/json"] as { schema: { $ref: string } }).schema
        .$ref;
      const name = ref.replace("#/components/schemas/", "");
      expect(doc.components.schemas[name], ref).toBeDefined();
      const refusal = { list: ["400"], record: ["404"], document: [] }[endpoint.kind];
      expect(Object.keys(get.responses).sort()).toEqual(["200", "304", ...refusal, "429", "500"].sort());
    }
    const ids = ENDPOINTS.map((e) => e.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("generates the components from the zod schemas, with references between them and nothing dangling", () => {
    const round = doc.components.schemas.Round as { properties: Record<string, Json>; required: string[] };
    expect(round.properties.kind).toMatchObject({
      type: "string",
      enum: expect.arrayContaining(["NEGOTIATION_ROUND", "LEADERS_MEETING"]),
    });
    expect(round.properties.sources).toEqual({ type: "array", items: { $ref: "#/components/schemas/Source" } });
    expect(round.required).toContain("starts_at");
    const text = JSON.stringify(doc);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/([^"]+)"/g)) {
      expect((doc.components as Record<string, Json>)[kind!]?.[name!], `${kind}/${name}`).toBeDefined();
    }
    expect(text).not.toContain('"$schema"');
  });
});

describe("schemas shape the responses", () => {
  it("drop fields the schema does not declare", () => {
    const source = {
      id: 1,
      url: "https://a.example",
      publisher: "A",
      title: "T",
      published_on: null,
      createdAt: "secret",
    };
    expect(SourceSchema.parse(source)).toEqual({
      id: 1,
      url: "https://a.example",
      publisher: "A",
      title: "T",
      published_on: null,
    });
  });

  it("refuse a body that breaks the documented shape", () => {
    expect(() => DeadlineSchema.parse({ slug: "x" })).toThrow();
    expect(() =>
      RoundListSchema.parse({ data: [], meta: { page: 1, per_page: 25, total: 0, pages: 1 }, links: {} }),
    ).toThrow();
  });
});

describe("pagination", () => {
  it("defaults to the first page of 25 and ignores other parameters", () => {
    expect(parsePageQuery(new URLSearchParams("utm_source=x"))).toEqual({ ok: true, query: { page: 1, per_page: 25 } });
  });

  it("rejects pages and sizes that are not positive whole numbers within the limit, naming the parameter and the range", () => {
    const refused = [
      "page=0",
      "page=abc",
      "per_page=101",
      "per_page=2.5",
      "page=-1",
      "page=",
      "page=0x10",
      "per_page=1e2",
      "page=+2",
      "page=%202",
      "page=%EF%BC%92",
      "page=100001",
      "page=99999999999999999999",
    ];
    for (const query of refused) {
      const result = parsePageQuery(new URLSearchParams(query));
      expect(result.ok, query).toBe(false);
      if (result.ok) continue;
      const parameter = query.split("=")[0]!;
      expect(result.issues, query).toEqual([
        { parameter, message: `${parameter} must be a whole number from 1 to ${parameter === "page" ? 100000 : 100}.` },
      ]);
    }
    expect(parsePageQuery(new URLSearchParams("page=007&per_page=100"))).toEqual({
      ok: true,
      query: { page: 7, per_page: 100 },
    });
  });

  it("links first, previous, next and last pages, in the body and as a Link header", () => {
    const { meta, links, linkHeader } = paginate("/api/v1/deadlines", { page: 2, per_page: 10 }, 24);
    expect(meta).toEqual({ page: 2, per_page: 10, total: 24, pages: 3 });
    expect(links.prev).toMatch(/\/api\/v1\/deadlines\?page=1&per_page=10$/);
    expect(links.next).toMatch(/page=3&per_page=10$/);
    expect(linkHeader.split(", ").map((l) => l.match(/rel="(\w+)"/)?.[1])).toEqual(["first", "prev", "next", "last"]);
  });

  it("has no previous page on the first and no next page on the last; an empty list still has one page", () => {
    expect(paginate("/x", { page: 1, per_page: 10 }, 10).links).toMatchObject({ prev: null, next: null });
    expect(paginate("/x", { page: 1, per_page: 10 }, 0).meta.pages).toBe(1);
    expect(paginate("/x", { page: 5, per_page: 10 }, 12).links.prev).toMatch(/page=2&/);
  });
});

describe("conditional requests", () => {
  const etag = weakEtag('{"data":[]}');
  const modified = new Date("2026-11-20T10:00:00.500Z");
  const headers = (init: Record<string, string>) => new Headers(init);

  it("gives equal bodies equal weak tags and different bodies different ones", () => {
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(weakEtag('{"data":[]}')).toBe(etag);
    expect(weakEtag('{"data":[1]}')).not.toBe(etag);
  });

  it("matches If-None-Match by weak comparison, in a list, or with *", () => {
    expect(isNotModified(headers({ "if-none-match": etag }), etag)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": etag.slice(2) }), etag)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": `W/"other", ${etag}` }), etag)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": "*" }), etag)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": 'W/"other"' }), etag)).toBe(false);
  });

  it("uses If-Modified-Since to the second, and only when no entity tag was sent", () => {
    expect(isNotModified(headers({ "if-modified-since": "Fri, 20 Nov 2026 10:00:00 GMT" }), etag, modified)).toBe(true);
    expect(isNotModified(headers({ "if-modified-since": "Fri, 20 Nov 2026 09:59:59 GMT" }), etag, modified)).toBe(
      false,
    );
    expect(isNotModified(headers({ "if-modified-since": "not a date" }), etag, modified)).toBe(false);
    expect(
      isNotModified(
        headers({ "if-none-match": 'W/"other"', "if-modified-since": "Fri, 20 Nov 2026 10:00:00 GMT" }),
        etag,
        modified,
      ),
    ).toBe(false);
  });

  it("answers 304 without a body but with the validators, else 200 with them", async () => {
    const request = (init: Record<string, string> = {}) =>
      new Request("https://parley.example/api/v1/rounds", { headers: init });
    const fresh = conditionalResponse(request(), {
      body: "{}",
      contentType: "application/json",
      lastModified: modified,
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("Last-Modified")).toBe("Fri, 20 Nov 2026 10:00:00 GMT");
    const again = conditionalResponse(request({ "if-none-match": fresh.headers.get("ETag")! }), {
      body: "{}",
      contentType: "application/json",
      lastModified: modified,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(fresh.headers.get("ETag"));
  });

  it("latestOf skips missing instants", () => {
    expect(latestOf([null, new Date(1), undefined, new Date(3), new Date(2)])).toEqual(new Date(3));
    expect(latestOf([])).toBeUndefined();
  });
});
