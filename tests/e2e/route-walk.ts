import { readdirSync } from "node:fs";
import path from "node:path";

export interface Route {
  /** The route's path with its dynamic segments as written, e.g. /edit/rounds/[id]. */
  path: string;
  kind: "page" | "handler";
}

/** A record the walk asks about, by every name a route may take for it. */
export interface RecordFamily {
  type: string;
  id: number;
  slug?: string;
  expectationId?: number;
  /** Unpublished: a stranger asking for it by name must get no answer. */
  draft: boolean;
}

const APP = path.resolve(import.meta.dirname, "../../app");
const PAGE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const HANDLER = /^route\.(ts|js)$/;
// Metadata routes are route handlers too: share images, icons made by code, sitemaps.
const METADATA_ROUTE = /^(opengraph-image|twitter-image|icon|apple-icon|sitemap|robots|manifest)\.(tsx|ts|jsx|js)$/;

/** Every page and route handler under app/, read from the file system. */
export function routesFromFileSystem(dir = APP, segments: string[] = []): Route[] {
  const routes: Route[] = [];
  const here = "/" + segments.join("/");
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Private folders (_components) and parallel-route slots are not addresses of their own.
      if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
      const group = /^\(.*\)$/.test(entry.name);
      routes.push(...routesFromFileSystem(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
    } else if (PAGE.test(entry.name)) {
      routes.push({ path: here, kind: "page" });
    } else if (HANDLER.test(entry.name)) {
      routes.push({ path: here, kind: "handler" });
    } else if (METADATA_ROUTE.test(entry.name)) {
      routes.push({ path: path.posix.join(here, entry.name.replace(/\.[^.]+$/, "")), kind: "handler" });
    }
  }
  return routes;
}

/** The value a dynamic segment takes for a record, or undefined when the record has none. */
function segmentValue(name: string, family: RecordFamily): string | undefined {
  if (name === "type") return family.type;
  if (name === "slug") return family.slug;
  if (name === "expectationId") return family.expectationId?.toString();
  if (name === "id") return String(family.id);
  if (name.startsWith("...")) return family.slug ? `${family.type}s/${family.slug}` : `${family.type}s/${family.id}`;
  // A segment added later is asked with the record's id, then its slug.
  return String(family.id ?? family.slug);
}

/** The addresses to ask for a route: itself when static, else once per record that fills all its segments. */
export function urlsFor(route: Route, families: RecordFamily[]): { url: string; route: string; fromDraft: boolean }[] {
  const dynamic = [...route.path.matchAll(/\[\[?([^\]]+)\]\]?/g)];
  if (dynamic.length === 0) return [{ url: route.path, route: route.path, fromDraft: false }];
  const urls = new Map<string, boolean>();
  for (const family of families) {
    let url = route.path;
    let complete = true;
    for (const [segment, name] of dynamic) {
      const value = segmentValue(name!, family);
      if (value === undefined) complete = false;
      else url = url.replace(segment, value.split("/").map(encodeURIComponent).join("/"));
    }
    if (complete) urls.set(url, (urls.get(url) ?? false) || family.draft);
  }
  return [...urls].map(([url, fromDraft]) => ({ url, route: route.path, fromDraft }));
}
