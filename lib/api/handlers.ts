import "server-only";
import type { z } from "zod";
import { paginate, parsePageQuery } from "./pagination";
import { errorResponse, jsonResponse } from "./respond";
import type { Found, Listing } from "./resources";
import type { PageQuery } from "../schemas/api";

type ListSchema = z.ZodType<{ data: unknown[] }>;
type DocumentSchema = z.ZodType<{ data: unknown }>;
type Item<S extends z.ZodType> = z.input<S> extends { data: infer D } ? (D extends (infer T)[] ? T : D) : never;

/** GET for a paginated list: `?page=&per_page=`, links in the body and in a Link header. */
export function listEndpoint<S extends ListSchema>(path: string, schema: S, load: (query: PageQuery) => Promise<Listing<Item<S>>>) {
  return async function GET(request: Request): Promise<Response> {
    const parsed = parsePageQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return errorResponse(400, "Invalid query parameters.", parsed.issues);
    const listing = await load(parsed.query);
    const { meta, links, linkHeader } = paginate(path, parsed.query, listing.total);
    return jsonResponse(request, schema, { data: listing.items, meta, links } as z.input<S>, {
      lastModified: listing.lastModified,
      headers: { Link: linkHeader, "X-Total-Count": String(listing.total) },
    });
  };
}

/** GET for one record by its slug, or a JSON 404. */
export function recordEndpoint<S extends DocumentSchema>(what: string, schema: S, load: (slug: string) => Promise<Found<Item<S>> | null>) {
  return async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
    const { slug } = await params;
    const found = await load(slug);
    if (!found) return errorResponse(404, `No ${what} has the slug "${slug}".`);
    return jsonResponse(request, schema, { data: found.item } as z.input<S>, { lastModified: found.lastModified });
  };
}
