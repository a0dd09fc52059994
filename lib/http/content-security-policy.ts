import { createHash } from "node:crypto";

// Reader pages come from Next's cache, so a per-request nonce cannot be in them; instead each
// HTML response names the exact inline scripts it carries by their hashes, and no other inline
// script (an injected one, an event-handler attribute) may run. The private pages (the editors'
// forms) are rendered per request and stream a script per chunk: hashed, their policy grew past
// 20 KB, more than proxies' header buffers take (nginx: 4 KB). They get a nonce, which Next puts
// on what it renders per request; their prerendered shell's few scripts are still hashed.

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP source expressions ('sha256-…') of every inline script in an HTML document, once each, but those carrying `nonce`. */
export function inlineScriptHashes(html: string, nonce?: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, content] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue;
    if (nonce && attributes!.includes(`nonce="${nonce}"`)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(content!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** Only the embeddable countdowns may be framed by other sites. */
export const isEmbeddable = (pathname: string) => pathname.startsWith("/embed/");

/** Pages rendered for one visitor only: the editors' area, sign-in and set-up. */
export const isPrivatePage = (pathname: string) => /^\/(edit|sign-in|setup)(\/|$)/.test(pathname);

export function contentSecurityPolicy(pathname: string, scriptHashes: string[], nonce?: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${nonce ? `'nonce-${nonce}' ` : ""}${scriptHashes.join(" ")}`.trim(),
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
