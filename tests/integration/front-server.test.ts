// The HTTP layer in front of Next (lib/http/front-server.ts), over real sockets, in front of a
// small request handler that stands where Next's would.
import { mkdtempSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { announceContentChange } from "../../lib/http/content-changes";
import { inlineScriptHashes } from "../../lib/http/content-security-policy";
import { createFrontServer, type FrontServer } from "../../lib/http/front-server";

const READER_CACHE = "public, max-age=0, s-maxage=1";
const page = (text: string) =>
  `<!DOCTYPE html><html><body><h1>${text}</h1><script>self.__next_f.push([1,"${text}"])</script>${"<p>filler</p>".repeat(200)}</body></html>`;

interface Seen {
  method: string;
  url: string;
  acceptEncoding?: string;
  body: string;
}

let running: FrontServer | undefined;
afterEach(async () => {
  await running?.shutDown(1000);
  running = undefined;
});

async function start(
  respond: (req: IncomingMessage, res: ServerResponse, body: string) => void,
  { trustedProxies = 0 } = {},
) {
  const seen: Seen[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ method: req.method!, url: req.url!, acceptEncoding: req.headers["accept-encoding"], body });
      respond(req, res, body);
    });
  };
  const internalSocket = path.join(mkdtempSync(path.join(os.tmpdir(), "parley-front-")), "next.sock");
  running = await createFrontServer(handle, { internalSocket, trustedProxies });
  await new Promise<void>((resolve) => running!.server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
  return { seen, origin, front: running };
}

/** A GET whose body comes as sent, still compressed (fetch would decode it). */
function undecodedGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on("data", (chunk: Buffer) => chunks.push(chunk))
          .on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const readerPages = (version: () => string) => (req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": READER_CACHE });
  res.end(page(`${req.url} ${version()}`));
};

describe("documents", () => {
  it("are served with a policy naming their inline scripts, and kept for their s-maxage", async () => {
    const { seen, origin } = await start(readerPages(() => "v1"));
    const first = await fetch(`${origin}/rounds/geneva-2025-05`);
    const html = await first.text();
    expect(first.headers.get("x-parley-cache")).toBe("MISS");
    const policy = first.headers.get("content-security-policy")!;
    expect(inlineScriptHashes(html)).toHaveLength(1);
    expect(policy).toContain(`script-src 'self' ${inlineScriptHashes(html)[0]}`);
    expect(policy).toContain("frame-ancestors 'none'");

    const second = await fetch(`${origin}/rounds/geneva-2025-05`);
    expect(second.headers.get("x-parley-cache")).toBe("HIT");
    expect(await second.text()).toBe(html);
    expect(second.headers.get("content-security-policy")).toBe(policy);
    expect(seen).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await fetch(`${origin}/rounds/geneva-2025-05`)).headers.get("x-parley-cache")).toBe("MISS");
    expect(seen).toHaveLength(2);
  });

  it("of the editors' area get a nonce of their own per request, never from the client, and are never kept", async () => {
    const { seen, origin } = await start((req, res) => {
      // Where Next would put the nonce it reads from the request's policy: on the scripts it renders per request.
      const nonce = /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"] ?? ""))?.[1];
      const streamed = Array.from(
        { length: 200 },
        (_, i) => `<script nonce="${nonce}">self.__next_f.push([1,"chunk ${i}"])</script>`,
      ).join("");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": READER_CACHE });
      res.end(`<!DOCTYPE html><html><body><script>shell()</script>${streamed}</body></html>`);
    });
    const policies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${origin}/edit/updates/7`, {
        headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'" },
      });
      expect(response.headers.get("x-parley-cache")).toBe("BYPASS");
      policies.push(response.headers.get("content-security-policy")!);
      const nonce = /'nonce-([^']+)'/.exec(policies[i]!)![1]!;
      expect(nonce).not.toBe("chosen-by-client");
      expect(await response.text()).toContain(`nonce="${nonce}"`);
    }
    expect(policies[0]).not.toBe(policies[1]);
    // The shell's script, which has no nonce, is named by its hash; the 200 streamed ones are not.
    expect(policies[0]!.match(/'sha256-/g)).toHaveLength(1);
    expect(policies[0]!.length).toBeLessThan(1000);
    expect(seen).toHaveLength(2);

    // A reader page never takes a nonce from the client.
    const reader = await fetch(`${origin}/timeline`, {
      headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'" },
    });
    expect(reader.headers.get("content-security-policy")).not.toContain("nonce");
  });

  it("are gzipped for clients that take it, from one uncompressed copy", async () => {
    const { seen, origin } = await start(readerPages(() => "v1"));
    const plain = await fetch(`${origin}/`, { headers: { "accept-encoding": "identity" } });
    const plainBody = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toMatch(/Accept-Encoding/);

    const zipped = await undecodedGet(`${origin}/`, { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["x-parley-cache"]).toBe("HIT");
    expect(zipped.body.byteLength).toBeLessThan(plainBody.byteLength / 4);
    expect(gunzipSync(zipped.body).equals(plainBody)).toBe(true);
    expect(seen.map((s) => s.acceptEncoding)).toEqual([undefined]);
  });

  it("are fetched again after an editor's write", async () => {
    let version = "before";
    const { seen, origin } = await start(readerPages(() => version));
    expect(await (await fetch(`${origin}/deadlines`)).text()).toContain("before");
    version = "after";
    expect(await (await fetch(`${origin}/deadlines`)).text()).toContain("before");
    announceContentChange();
    const fresh = await fetch(`${origin}/deadlines`);
    expect(fresh.headers.get("x-parley-cache")).toBe("MISS");
    expect(await fresh.text()).toContain("after");
    expect(seen).toHaveLength(2);
  });

  it("are fetched again, and only the fresh copy kept, when a write happened while they were answered", async () => {
    const { seen, origin } = await start((req, res) => {
      // Next answers the first request from a render begun before a write (lib/http/page-renders.ts).
      const first = seen.length === 1;
      if (first) announceContentChange();
      readerPages(() => (first ? "rendered before the write" : "rendered after it"))(req, res);
    });
    const answers = [];
    for (let n = 0; n < 3; n++) {
      const response = await fetch(`${origin}/timeline`);
      answers.push(`${response.headers.get("x-parley-cache")}: ${await response.text()}`);
    }
    expect(answers.map((answer) => answer.slice(0, 4))).toEqual(["MISS", "HIT:", "HIT:"]);
    expect(answers.every((answer) => answer.includes("rendered after it"))).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it("that are private or set a cookie are never kept or shared", async () => {
    const { seen, origin } = await start((req, res) => {
      const headers: Record<string, string> = {
        "content-type": "text/html",
        "cache-control": req.url === "/edit" ? "private, no-cache, no-store" : READER_CACHE,
      };
      if (req.url === "/sign-in") headers["set-cookie"] = "session=abc; HttpOnly";
      res.writeHead(200, headers);
      res.end(page(String(req.headers.cookie)));
    });
    for (const url of ["/edit", "/sign-in"]) {
      const bodies = await Promise.all(
        ["a", "b"].map(async (who) => (await fetch(origin + url, { headers: { cookie: `who=${who}` } })).text()),
      );
      expect(bodies[0], url).toContain("who=a");
      expect(bodies[1], url).toContain("who=b");
    }
    expect(seen).toHaveLength(4);
  });

  it("posted as plain forms reach the app with their body, and are never kept", async () => {
    const { seen, origin } = await start((req, res, body) => {
      res.writeHead(200, { "content-type": "text/html", "cache-control": READER_CACHE });
      res.end(page(`posted ${body.length} bytes`));
    });
    const form = new URLSearchParams({ title: "Madrid <round> ✓", body: "x".repeat(100_000) });
    const response = await fetch(`${origin}/edit/updates/new`, { method: "POST", body: form });
    expect(response.headers.get("x-parley-cache")).toBe("BYPASS");
    expect(await response.text()).toContain(`posted ${form.toString().length} bytes`);
    expect(seen[0]!.body).toBe(form.toString());
    await fetch(`${origin}/edit/updates/new`, { method: "POST", body: form });
    expect(seen).toHaveLength(2);
  });

  it("answer 502 with a plain message, never a stack trace, when the app fails", async () => {
    const { origin } = await start((req) => req.socket.destroy());
    const response = await fetch(`${origin}/timeline`);
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).toBe("Parley could not answer this request. Please try again.");
  });
});

describe("everything else", () => {
  it("goes straight to the app, as the client sent it, with a locked-down policy", async () => {
    const { seen, origin } = await start((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
    const requests: [string, Record<string, string>][] = [
      ["/api/v1/rounds", {}],
      ["/feed.xml", {}],
      ["/feed.rss", {}],
      ["/_next/static/chunks/main.js", { range: "bytes=0-99" }],
      ["/timeline", { rsc: "1" }],
      ["/edit/rounds/new", { "next-action": "abc" }],
    ];
    for (const [url, headers] of requests) {
      const response = await fetch(origin + url, { headers: { ...headers, "accept-encoding": "gzip" } });
      expect(response.headers.get("x-parley-cache"), url).toBeNull();
      expect(response.headers.get("content-security-policy"), url).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    // (fetch adds "identity" to a range request's gzip)
    for (const s of seen) expect(s.acceptEncoding, s.url).toMatch(/^gzip\b/);
    expect(seen).toHaveLength(requests.length);
  });
});

describe("Next's build files", () => {
  const script = `self.main=${JSON.stringify("x".repeat(20_000))};`;
  const buildFiles = (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url!.startsWith("/_next/static/chunks/main")) {
      res.writeHead(404, { "content-type": "text/plain" });
      return void res.end("not found");
    }
    res.writeHead(200, {
      "content-type": "application/javascript; charset=UTF-8",
      "cache-control": "public, max-age=31536000, immutable",
    });
    res.end(script);
  };

  it("are fetched from the app once, however many clients ask at once, then kept and gzipped once", async () => {
    const { seen, origin } = await start(buildFiles);
    const url = `${origin}/_next/static/chunks/main.js`;
    const first = await Promise.all(
      Array.from({ length: 5 }, () => fetch(url, { headers: { "accept-encoding": "gzip" } })),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]!.acceptEncoding).toBeUndefined();
    for (const response of first) expect(await response.text()).toBe(script);

    const zipped = await undecodedGet(url, { "accept-encoding": "gzip" });
    expect(zipped.headers["x-parley-cache"]).toBe("HIT");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(zipped.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(gunzipSync(zipped.body).toString()).toBe(script);
    const plain = await fetch(url, { headers: { "accept-encoding": "identity" } });
    expect(await plain.text()).toBe(script);
    expect(seen).toHaveLength(1);
  });

  it("that the app does not serve as immutable (a 404) are asked for again every time", async () => {
    const { seen, origin } = await start(buildFiles);
    for (let i = 0; i < 2; i++) expect((await fetch(`${origin}/_next/static/chunks/gone.js`)).status).toBe(404);
    expect(seen).toHaveLength(2);
  });

  it("are kept once per path: a query string makes no new copy", async () => {
    const { seen, origin } = await start(buildFiles);
    for (const query of ["", "?v=1", "?v=2"])
      expect(await (await fetch(`${origin}/_next/static/chunks/main.js${query}`)).text()).toBe(script);
    expect(seen).toHaveLength(1);
  });

  it("outlive an editor's write, which cannot change them", async () => {
    const { seen, origin } = await start(buildFiles);
    await fetch(`${origin}/_next/static/chunks/main.js`);
    announceContentChange();
    expect((await fetch(`${origin}/_next/static/chunks/main.js`)).headers.get("x-parley-cache")).toBe("HIT");
    expect(seen).toHaveLength(1);
  });
});

describe("the client's address", () => {
  const echo = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { "content-type": "text/plain", "cache-control": "private, no-store" });
    res.end(String(req.headers["x-forwarded-for"]));
  };

  it("is the connection's, whatever X-Forwarded-For a directly connected client sends", async () => {
    const { origin } = await start(echo);
    for (const url of ["/timeline", "/api/v1/rounds"]) {
      expect(await (await fetch(origin + url, { headers: { "x-forwarded-for": "198.51.100.77" } })).text(), url).toBe(
        "127.0.0.1",
      );
      expect(await (await fetch(origin + url)).text(), url).toBe("127.0.0.1");
    }
  });

  it("is left to the proxies in front when there are some", async () => {
    const { origin } = await start(echo, { trustedProxies: 1 });
    for (const url of ["/timeline", "/api/v1/rounds"]) {
      expect(await (await fetch(origin + url, { headers: { "x-forwarded-for": "198.51.100.77" } })).text(), url).toBe(
        "198.51.100.77",
      );
    }
  });
});

describe("shutting down", () => {
  it("finishes the requests in flight, then stops accepting", async () => {
    const { origin, front } = await start((req, res) => {
      setTimeout(() => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end(`slow answer to ${req.url}`);
      }, 400);
    });
    const inFlight = [fetch(`${origin}/api/v1/rounds`), fetch(`${origin}/timeline`)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = front.shutDown(5000);
    const answers = await Promise.all(inFlight);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(await answers[0]!.text()).toBe("slow answer to /api/v1/rounds");
    await stopped;
    await expect(fetch(`${origin}/`)).rejects.toThrow();
    running = undefined;
  });
});
