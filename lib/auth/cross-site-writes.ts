const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a write (a server action or the sign-in, both POSTs) says it comes from another site.
 * Next refuses an action whose Origin names another host, but runs one that carries no Origin;
 * browsers always send Origin on a POST, yet a request whose fetch metadata or Referer name a
 * foreign page must not be trusted either way. A request with neither is not a browser's, so it
 * cannot carry a victim's cookie without the victim: it is left to the action's own checks.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const referer = headers.get("referer");
  if (headers.has("origin") || !referer) return false;
  return !isOwnPage(referer, headers);
}

/** Whether a request names an Origin that is not Parley's (what Next checks for server actions). */
export function hasForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  return origin !== null && !isOwnPage(origin, headers);
}

function isOwnPage(url: string, headers: Headers): boolean {
  if (!URL.canParse(url)) return false;
  // The hosts Next accepts an Origin for: the first forwarded host (behind a proxy), or Host.
  const ownHosts = [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")];
  return ownHosts.includes(new URL(url).host);
}
