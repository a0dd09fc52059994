// Parley's HTTP server: Next's request handler behind a thin layer for documents (page loads and
// plain form posts). The layer fetches each document from Next over an in-process socket, gives it
// a Content-Security-Policy naming its inline scripts by hash, compresses it, and micro-caches
// reader pages as their Cache-Control allows (see response-cache.ts). Next's build files are kept
// once fetched (build-assets.ts). Every request reaches Next with the instant it began, by which the
// page cache tells renders begun before an editor's save (page-renders.ts). Everything else (client
// navigations, server actions from JavaScript, the API, feeds, other files) goes to Next directly.
import { randomBytes } from "node:crypto";
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import { gzipSync } from "node:zlib";
import { logError } from "../log";
import { BuildAssets, isBuildAssetPath } from "./build-assets";
import { onContentChange } from "./content-changes";
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  isPrivatePage,
  LOCKED_DOWN_POLICY,
} from "./content-security-policy";
import { asRequest } from "./page-renders";
import { ResponseCache, type StoredResponse } from "./response-cache";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

// Headers that describe one connection, not the message: never passed across the in-process hop.
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"];
// Client navigations and server actions from JavaScript stream RSC; they stay with Next.
const RSC_REQUEST_HEADERS = [
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
];
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|atom\+xml|javascript)|image\/svg\+xml)/;
const MIN_COMPRESS_BYTES = 1024;

// Files the app serves by name (feeds, calendars, downloads, icons, Next's static files).
const FILE_PATH = /\.(?:xml|rss|ics|csv|json|txt|png|ico|svg|webmanifest|js|css|map|woff2?)$/;

const pathnameOf = (req: IncomingMessage) => (req.url ?? "/").split("?", 1)[0]!;

/** A page load or a plain form post: what the layer handles. */
export function isDocumentRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") return false;
  if (RSC_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  const pathname = pathnameOf(req);
  if (/^\/(?:_next|api)\//.test(pathname)) return false;
  return !FILE_PATH.test(pathname);
}

/** A plain GET of one of Next's build files (a range or a conditional request goes to Next). */
function isBuildAssetRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (
    req.headers.range !== undefined ||
    req.headers["if-modified-since"] !== undefined ||
    req.headers["if-none-match"] !== undefined
  )
    return false;
  return isBuildAssetPath(pathnameOf(req));
}

export interface FrontServer {
  server: http.Server;
  cache: ResponseCache;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes Next's side. */
  shutDown(graceMs?: number): Promise<void>;
}

export interface FrontServerOptions {
  internalSocket: string;
  /** Proxies in front that append to X-Forwarded-For (PARLEY_TRUSTED_PROXIES); with none, the header is the socket's address. */
  trustedProxies?: number;
}

export function createFrontServer(
  nextHandler: RequestHandler,
  { internalSocket, trustedProxies = 0 }: FrontServerOptions,
): Promise<FrontServer> {
  const handle: RequestHandler = (req, res) => asRequest(() => nextHandler(req, res));
  const cache = new ResponseCache();
  const buildAssets = new BuildAssets();
  // After an editor's write, and after a render begun before one is stored (page-renders.ts).
  const stopListening = onContentChange(() => cache.purge());
  const upstream = http.createServer((req, res) => void handle(req, res));
  // The hop is in-process: its connections stay open (a server closing an idle keep-alive
  // connection just as the agent reuses it resets a request).
  upstream.keepAliveTimeout = 0;
  const agent = new http.Agent({ keepAlive: true });
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const server = http.createServer((req, res) => {
    inFlight++;
    // Only the nonce this server chooses may reach Next as one.
    delete req.headers["content-security-policy"];
    // A client talking to us directly must not choose the address rate limits count it by.
    if (trustedProxies === 0 || req.headers["x-forwarded-for"] === undefined)
      req.headers["x-forwarded-for"] = req.socket.remoteAddress;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    const served = isBuildAssetRequest(req)
      ? serveBuildAsset(req, res)
      : isDocumentRequest(req)
        ? serveDocument(req, res)
        : undefined;
    if (!served) {
      res.setHeader("content-security-policy", LOCKED_DOWN_POLICY);
      return void handle(req, res);
    }
    served.catch((error: unknown) => {
      logError("front request failed", error, { method: req.method, url: req.url });
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end("Parley could not answer this request. Please try again.");
    });
  });

  async function serveBuildAsset(req: IncomingMessage, res: ServerResponse) {
    const { response, hit } = await buildAssets.getOrFetch(pathnameOf(req), () => fetchFromNext(req));
    send(req, res, response, hit ? "HIT" : "MISS");
  }

  async function serveDocument(req: IncomingMessage, res: ServerResponse) {
    if (isPrivatePage(pathnameOf(req))) {
      // Next takes the nonce from the policy a request carries, and marks the scripts it renders with it.
      const nonce = randomBytes(16).toString("base64");
      req.headers["content-security-policy"] = `script-src 'nonce-${nonce}'`;
      return send(req, res, await fetchFromNext(req, nonce), "BYPASS");
    }
    if (req.method !== "POST") {
      const { response, hit } = await cache.getOrFetch(cacheKey(req), () => fetchFromNext(req));
      return send(req, res, response, hit ? "HIT" : "MISS");
    }
    send(req, res, await fetchFromNext(req), "BYPASS");
  }

  async function fetchFromNext(req: IncomingMessage, nonce?: string): Promise<StoredResponse> {
    try {
      return await fetchOnce(req, nonce);
    } catch (error) {
      // A reused connection can still fail before the request reached Next; a GET is safe to repeat.
      if (req.method === "POST") throw error;
      return fetchOnce(req, nonce);
    }
  }

  function fetchOnce(req: IncomingMessage, nonce?: string): Promise<StoredResponse> {
    return new Promise((resolve, reject) => {
      const headers = forwardedHeaders(req);
      const outgoing = http.request(
        {
          agent,
          socketPath: internalSocket,
          path: req.url,
          method: req.method === "HEAD" ? "GET" : req.method,
          headers,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", reject);
          incoming.on("end", () =>
            resolve(storedResponse(req, incoming.statusCode ?? 502, incoming.headers, Buffer.concat(chunks), nonce)),
          );
        },
      );
      outgoing.on("error", reject);
      if (req.method !== "POST") return void outgoing.end();
      req.pipe(outgoing);
      // A client gone before its body ended must not leave Next waiting for the rest.
      req.once("close", () => {
        if (!req.complete) outgoing.destroy(new Error("the client left before its request ended"));
      });
    });
  }

  return new Promise((resolve, reject) => {
    upstream.once("error", reject);
    upstream.listen(internalSocket, () => {
      resolve({
        server,
        cache,
        shutDown: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            server.close();
            server.closeIdleConnections();
            let finished = false;
            const finish = () => {
              if (finished) return;
              finished = true;
              clearTimeout(timer);
              stopListening();
              server.closeAllConnections();
              agent.destroy();
              upstream.close(() => done());
              upstream.closeAllConnections();
            };
            const timer = setTimeout(finish, graceMs);
            idle = () => setImmediate(finish);
            if (inFlight === 0) idle();
          }),
      });
    });
  });
}

/** One stored copy per URL; whether the client takes gzip is decided when sending. */
const cacheKey = (req: IncomingMessage) => `${req.headers.host ?? ""}${req.url ?? "/"}`;

function forwardedHeaders(req: IncomingMessage): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { ...req.headers };
  for (const name of [...HOP_BY_HOP, "accept-encoding"]) delete headers[name];
  return headers;
}

function storedResponse(
  req: IncomingMessage,
  status: number,
  incoming: IncomingHttpHeaders,
  body: Buffer,
  nonce?: string,
): StoredResponse {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value !== undefined && !HOP_BY_HOP.includes(name) && name !== "content-length" && name !== "date")
      headers[name] = value;
  }
  const pathname = pathnameOf(req);
  const isHtml = String(headers["content-type"] ?? "").startsWith("text/html");
  headers["content-security-policy"] = isHtml
    ? contentSecurityPolicy(pathname, inlineScriptHashes(body.toString("utf8"), nonce), nonce)
    : LOCKED_DOWN_POLICY;
  return { status, headers, body };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  stored: StoredResponse,
  cacheStatus: "HIT" | "MISS" | "BYPASS",
) {
  const headers: OutgoingHttpHeaders = { ...stored.headers, "x-parley-cache": cacheStatus };
  let body = stored.body;
  if (COMPRESSIBLE.test(String(stored.headers["content-type"] ?? "")) && body.byteLength >= MIN_COMPRESS_BYTES) {
    if (!/\baccept-encoding\b/i.test(String(stored.headers.vary ?? "")))
      headers.vary = [stored.headers.vary, "Accept-Encoding"].filter(Boolean).join(", ");
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      stored.gzipped ??= gzipSync(stored.body);
      body = stored.gzipped;
      headers["content-encoding"] = "gzip";
    }
  }
  headers["content-length"] = body.byteLength;
  res.writeHead(stored.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
