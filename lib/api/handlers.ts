import "server-only";
import { unstable_rethrow } from "next/navigation";
import { logError } from "../log";
import { listBody, recordBody, type ListPath, type RecordKind } from "./bodies";
import { parsePageQuery } from "./pagination";
import { budgetHeaders, takeApiBudget, tooManyRequests } from "./rate-limit";
import { errorResponse, jsonBodyResponse } from "./respond";

/**
 * What every API route does around its own work: draw on the client's rate budget before any
 * database read, and answer an unexpected failure with a short JSON 500 (the detail goes to the log).
 */
export function apiRoute<A extends unknown[]>(handler: (request: Request, ...rest: A) => Response | Promise<Response>) {
  return async function GET(request: Request, ...rest: A): Promise<Response> {
    const verdict = await takeApiBudget(request);
    if (!verdict.allowed) return tooManyRequests(verdict);
    let response: Response;
    try {
      response = await handler(request, ...rest);
    } catch (error) {
      unstable_rethrow(error);
      logError("API request failed", error, { path: new URL(request.url).pathname });
      response = errorResponse(500, "The server could not answer this request. Try again later.");
    }
    for (const [name, value] of Object.entries(budgetHeaders(verdict))) response.headers.set(name, value);
    return response;
  };
}

/** GET for a paginated list: `?page=&per_page=`, links in the body and in a Link header. */
export function listEndpoint(path: ListPath) {
  return apiRoute(async (request: Request) => {
    const parsed = parsePageQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return errorResponse(400, "Invalid query parameters.", { issues: parsed.issues });
    const { json, lastModified, total, linkHeader } = await listBody(path, parsed.query.page, parsed.query.per_page);
    return jsonBodyResponse(request, json, {
      lastModified,
      headers: { Link: linkHeader, "X-Total-Count": String(total) },
    });
  });
}

/** The slugs editors can give a record (lib/schemas/form-fields.ts): anything else names nothing. */
const WELL_FORMED_SLUG = /^(?=.{1,120}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** GET for one record by its slug, or a JSON 404. */
export function recordEndpoint(kind: RecordKind) {
  return apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params;
    if (!WELL_FORMED_SLUG.test(slug)) {
      return errorResponse(
        404,
        `No ${kind} has that slug: slugs are lower-case letters, digits and single hyphens, like madrid-2025-09.`,
      );
    }
    const found = await recordBody(kind, slug);
    if (!found) return errorResponse(404, `No ${kind} has the slug "${slug}".`);
    return jsonBodyResponse(request, found.json, { lastModified: found.lastModified });
  });
}
