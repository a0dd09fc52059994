import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "../../lib/http/content-security-policy";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text once, and skips scripts loaded by src", () => {
    const first = 'self.__next_f.push([1,"a \\u003c/script\\u003e ✓"])';
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>${first}</script></head>
      <body><SCRIPT type="text/javascript">
        x()</SCRIPT><script>${first}</script><script nonce="n" src='/b.js'></script><script></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256("\n        x()"), sha256("")]);
  });

  it("leaves out the scripts that carry the response's nonce, and only those", () => {
    const html = `<script nonce="abc">a()</script><script nonce="other">b()</script><script>c()</script>`;
    expect(inlineScriptHashes(html, "abc")).toEqual([sha256("b()"), sha256("c()")]);
    expect(contentSecurityPolicy("/edit", [sha256("c()")], "abc")).toContain(
      `script-src 'self' 'nonce-abc' ${sha256("c()")}`,
    );
  });

  it("finds none in a page without inline scripts", () => {
    expect(inlineScriptHashes("<p>no <b>scripts</b> here; script tags in text: &lt;script&gt;</p>")).toEqual([]);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows the page's own scripts and the listed hashes, and framing only for embeds", () => {
    const policy = contentSecurityPolicy("/rounds/geneva-2025-05", ["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy.split("; ").find((directive) => directive.startsWith("script-src"))).not.toMatch(/unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy("/embed/deadlines/x", [])).toContain("frame-ancestors *");
  });
});
