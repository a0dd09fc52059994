import { z } from "zod";
import { apiSchemas, PAGE_MAX, PER_PAGE_DEFAULT, PER_PAGE_MAX } from "../schemas/api";
import { ENDPOINTS, type Endpoint } from "./endpoints";

export const OPENAPI_PATH = "/api/v1/openapi.json";

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** The registered schemas as OpenAPI 3.1 components (JSON Schema 2020-12). */
export function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  // Each schema lives inside the document, so it needs neither its own dialect nor its own identifier.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [
      id,
      Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id")),
    ]),
  );
}

function schemaId(schema: z.ZodType): string {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("An endpoint's response schema must be registered in apiSchemas");
  return id;
}

function operation(endpoint: Endpoint) {
  const parameters = {
    list: [ref("parameters", "page"), ref("parameters", "per_page")],
    record: [ref("parameters", "slug")],
    document: [],
  }[endpoint.kind];
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: [...parameters, ref("parameters", "If-None-Match"), ref("parameters", "If-Modified-Since")],
    responses: {
      "200": {
        description: "OK",
        headers: {
          ETag: ref("headers", "ETag"),
          "Last-Modified": ref("headers", "Last-Modified"),
          "Access-Control-Allow-Origin": ref("headers", "Access-Control-Allow-Origin"),
          "X-RateLimit-Limit": ref("headers", "X-RateLimit-Limit"),
          "X-RateLimit-Remaining": ref("headers", "X-RateLimit-Remaining"),
          ...(endpoint.kind === "list"
            ? { Link: ref("headers", "Link"), "X-Total-Count": ref("headers", "X-Total-Count") }
            : {}),
        },
        content: { "application/json": { schema: ref("schemas", schemaId(endpoint.response)) } },
      },
      "304": ref("responses", "NotModified"),
      ...{
        list: { "400": ref("responses", "BadRequest") },
        record: { "404": ref("responses", "NotFound") },
        document: {},
      }[endpoint.kind],
      "429": ref("responses", "TooManyRequests"),
      "500": ref("responses", "InternalError"),
    },
  };
}

const errorResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: ref("schemas", "Error") } },
});

/** The OpenAPI 3.1 document of the open data API, generated from the schemas that shape its responses. */
export function openApiDocument(origin: string) {
  const paths: Record<string, unknown> = Object.fromEntries(ENDPOINTS.map((e) => [e.path, { get: operation(e) }]));
  paths[OPENAPI_PATH] = {
    get: {
      operationId: "getOpenApiDocument",
      tags: ["Meta"],
      summary: "This document",
      responses: {
        "200": {
          description: "The OpenAPI 3.1 document",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "429": ref("responses", "TooManyRequests"),
        "500": ref("responses", "InternalError"),
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley open data API",
      version: "1.0.0",
      summary:
        "Rounds, participants, issues, deadlines, tariff changes, updates and sources of the US–China trade negotiations.",
      description:
        "Read-only and open to any origin (CORS). Every record carries its sources. Lists are paginated with `page` and `per_page` and return `links` and an RFC 8288 `Link` header. Responses carry a weak `ETag` and `Last-Modified`; send them back as `If-None-Match` or `If-Modified-Since` to get a 304. Each client address has a budget of requests, shared by all endpoints: `X-RateLimit-Limit` requests at once, then a steady rate a second, with the full burst back after a pause; `X-RateLimit-Remaining` says what is left, and past it the answer is a 429 whose `Retry-After` says how many seconds to wait.",
    },
    servers: [{ url: origin }],
    tags: [...new Set(ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      parameters: {
        page: {
          name: "page",
          in: "query",
          required: false,
          description: "1-based page number.",
          schema: { type: "integer", minimum: 1, maximum: PAGE_MAX, default: 1 },
        },
        per_page: {
          name: "per_page",
          in: "query",
          required: false,
          description: "Records per page.",
          schema: { type: "integer", minimum: 1, maximum: PER_PAGE_MAX, default: PER_PAGE_DEFAULT },
        },
        slug: {
          name: "slug",
          in: "path",
          required: true,
          description: "The record's slug.",
          schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
        },
        "If-None-Match": {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "An ETag from an earlier response.",
          schema: { type: "string" },
        },
        "If-Modified-Since": {
          name: "If-Modified-Since",
          in: "header",
          required: false,
          description: "A Last-Modified from an earlier response.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "A weak validator of the body.", schema: { type: "string" } },
        "Last-Modified": { description: "The latest change to anything in the body.", schema: { type: "string" } },
        Link: {
          description: "RFC 8288 links to the first, previous, next and last pages.",
          schema: { type: "string" },
        },
        "X-Total-Count": { description: "How many records the list has in all.", schema: { type: "integer" } },
        "Access-Control-Allow-Origin": {
          description: "Always `*`: any site may read the API.",
          schema: { type: "string" },
        },
        "X-RateLimit-Limit": {
          description:
            "Requests a client address may make at once; after them it is served at a steady rate, and the whole burst comes back after a pause.",
          schema: { type: "integer" },
        },
        "X-RateLimit-Remaining": {
          description: "Requests left in this address's budget right now.",
          schema: { type: "integer" },
        },
        "Retry-After": {
          description: "Seconds to wait before the next request will be answered.",
          schema: { type: "integer" },
        },
      },
      responses: {
        NotModified: { description: "The copy the client has is current." },
        BadRequest: errorResponse("A query parameter is invalid."),
        NotFound: errorResponse("No record has that slug."),
        TooManyRequests: errorResponse("This client address has used its request budget.", {
          "Retry-After": ref("headers", "Retry-After"),
          "X-RateLimit-Limit": ref("headers", "X-RateLimit-Limit"),
          "X-RateLimit-Remaining": ref("headers", "X-RateLimit-Remaining"),
        }),
        InternalError: errorResponse("The server failed; the body says no more than that."),
      },
    },
  };
}
