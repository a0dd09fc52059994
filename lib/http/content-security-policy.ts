import { createHash } from "node:crypto";

// Pages come from Next's cache, so a per-request nonce cannot be in them; instead each HTML
// response names the exact inline scripts it carries by their hashes, and no other inline script
// (an injected one, an event-handler attribute) may run.

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP source expressions ('sha256-…') of every inline script in an HTML document, once each. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, content] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(content!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** Only the embeddable countdowns may be framed by other sites. */
export const isEmbeddable = (pathname: string) => pathname.startsWith("/embed/");

export function contentSecurityPolicy(pathname: string, scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(" ")}`.trim(),
    // React sets style attributes (bar widths, chart positions); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbeddable(pathname) ? "*" : "'none'"}`,
  ].join("; ");
}

/** For responses that are not documents (feeds, images, downloads): nothing may run or be framed. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'";
