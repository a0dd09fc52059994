import type { Instrumentation } from "next";
import { logError } from "@/lib/log";

// Next reports an error a second time when it surfaces again in the same request (the HTML render
// of a failed server component): one line per error and request is enough.
const reported = new WeakMap<object, Set<string>>();

/**
 * One JSON line per error Next caught while answering a request (a page, a route handler, an
 * action, the proxy). The digest is what the error page shows the user, so a report can be
 * matched to its line. No headers (cookies) and no query string, which can carry tokens.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  if (digest) {
    const seen = reported.get(request.headers) ?? new Set<string>();
    if (seen.has(digest)) return;
    reported.set(request.headers, seen.add(digest));
  }
  logError("request failed", error, {
    route: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
    method: request.method,
    path: request.path.split("?")[0],
    digest,
  });
};
