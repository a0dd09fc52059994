import { z } from "zod";
import { absoluteUrl } from "../env";
import { PageQuerySchema, type PageQuery } from "../schemas/api";

export type PageQueryResult =
  { ok: true; query: PageQuery } | { ok: false; issues: { parameter: string; message: string }[] };

/** Reads `page` and `per_page` from a query string; anything else in it is ignored. */
export function parsePageQuery(params: URLSearchParams): PageQueryResult {
  const parsed = PageQuerySchema.safeParse({
    page: params.get("page") ?? undefined,
    per_page: params.get("per_page") ?? undefined,
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
  return {
    ok: false,
    issues: Object.entries(fieldErrors).flatMap(([parameter, messages]) =>
      (messages ?? []).map((message) => ({ parameter, message })),
    ),
  };
}

export interface Pagination {
  meta: { page: number; per_page: number; total: number; pages: number };
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
  /** The same links as an RFC 8288 `Link` header. */
  linkHeader: string;
}

/** Page numbers and absolute links for one page of a list endpoint. A page past the end is empty, not an error. */
export function paginate(path: string, { page, per_page }: PageQuery, total: number): Pagination {
  const pages = Math.max(1, Math.ceil(total / per_page));
  const at = (n: number) => absoluteUrl(`${path}?page=${n}&per_page=${per_page}`);
  const links = {
    self: at(page),
    first: at(1),
    last: at(pages),
    prev: page > 1 ? at(Math.min(page - 1, pages)) : null,
    next: page < pages ? at(page + 1) : null,
  };
  const linkHeader = (["first", "prev", "next", "last"] as const)
    .flatMap((rel) => (links[rel] ? [`<${links[rel]}>; rel="${rel}"`] : []))
    .join(", ");
  return { meta: { page, per_page, total, pages }, links, linkHeader };
}
