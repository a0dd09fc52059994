import { createHash } from "node:crypto";

/** A weak validator from the body's bytes: equal bodies give equal tags, whatever produced them. */
export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** An HTTP-date (RFC 9110 5.6.7): "Sat, 21 Nov 2026 12:00:00 GMT". */
export const httpDate = (instant: Date) => instant.toUTCString();

const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * Whether the client's copy is current (RFC 9110 13.1): If-None-Match by weak comparison, or,
 * only when the client sent no entity tag, If-Modified-Since to the second.
 */
export function isNotModified(headers: Headers, etag: string, lastModified?: Date): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const wanted = opaqueTag(etag);
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaqueTag(tag) === wanted);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface Representation {
  body: string;
  contentType: string;
  /** The latest change to anything in the body. */
  lastModified?: Date;
  headers?: Record<string, string>;
}

// Clients may keep a copy but must ask again before using it; the answer is usually a cheap 304.
const REVALIDATE_EVERY_TIME = "public, no-cache";

/** A 200 with ETag and Last-Modified, or a body-less 304 when the request's validators still match. */
export function conditionalResponse(request: Request, representation: Representation): Response {
  const etag = weakEtag(representation.body);
  const headers = new Headers(representation.headers);
  headers.set("ETag", etag);
  headers.set("Cache-Control", REVALIDATE_EVERY_TIME);
  if (representation.lastModified) headers.set("Last-Modified", httpDate(representation.lastModified));
  if (isNotModified(request.headers, etag, representation.lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", representation.contentType);
  return new Response(request.method === "HEAD" ? null : representation.body, { status: 200, headers });
}

/** The latest of some instants, ignoring missing ones; undefined when there are none. */
export function latestOf(instants: Iterable<Date | null | undefined>): Date | undefined {
  let latest: Date | undefined;
  for (const instant of instants) if (instant && (!latest || instant > latest)) latest = instant;
  return latest;
}
