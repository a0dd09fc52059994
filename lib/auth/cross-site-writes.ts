const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a write (a server action or the sign-in, both POSTs) says it comes from another site:
 * its Origin, its fetch metadata or, without an Origin, its Referer names a page that is not
 * Parley's. Next refuses an action whose Origin names another host, but runs one that carries no
 * Origin; a request with none of the three is not a browser's, so it cannot carry a victim's cookie
 * without the victim: it is left to the action's own checks. The one rule for proxy.ts and the
 * editors' action wrapper.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = headers.get("origin");
  if (origin !== null) return !isOwnPage(origin, headers);
  const referer = headers.get("referer");
  return referer !== null && !isOwnPage(referer, headers);
}

function isOwnPage(url: string, headers: Headers): boolean {
  if (!URL.canParse(url)) return false;
  // The hosts Next accepts an Origin for: the first forwarded host (behind a proxy), or Host.
  const ownHosts = [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")];
  return ownHosts.includes(new URL(url).host);
}
