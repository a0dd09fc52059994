import type { z } from "zod";
import { conditionalResponse } from "../http/conditional";
import { ApiErrorSchema } from "../schemas/api";

const JSON_TYPE = "application/json; charset=utf-8";

/** Anyone may read the API from any origin: it is public, read-only and needs no credentials. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Last-Modified, Link, X-Total-Count, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
} as const;

/** The answer to a CORS preflight (a browser sends one before a request with If-None-Match). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Accept",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/** A JSON body shaped by its schema, with validators and a 304 when the client's copy is current. */
export function jsonResponse<T extends z.ZodType>(
  request: Request,
  schema: T,
  body: z.input<T>,
  validators: BodyValidators = {},
): Response {
  return jsonBodyResponse(request, JSON.stringify(schema.parse(body)), validators);
}

interface BodyValidators {
  lastModified?: Date;
  headers?: Record<string, string>;
}

/** A JSON body already serialised (and checked against its schema), with validators and a 304. */
export function jsonBodyResponse(request: Request, json: string, { lastModified, headers = {} }: BodyValidators = {}) {
  return conditionalResponse(request, {
    body: json,
    contentType: JSON_TYPE,
    lastModified,
    headers: { ...CORS_HEADERS, ...headers },
  });
}

export function errorResponse(
  status: 400 | 404 | 429 | 500,
  message: string,
  {
    issues,
    headers = {},
  }: { issues?: { parameter: string; message: string }[]; headers?: Record<string, string> } = {},
): Response {
  const body = ApiErrorSchema.parse({ error: { status, message, ...(issues ? { issues } : {}) } });
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...headers },
  });
}
