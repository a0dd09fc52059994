// Rendered pages and route answers in Redis, for the page cache handler with REDIS_URL set: what one
// instance rendered after an editor's save, the others serve instead of rendering it again. Keyed
// by build, as a page's HTML and RSC payload name the build's files. Stamps on Redis's clock.
import { readFileSync } from "node:fs";
import path from "node:path";
import { clusterClient, clusterOffset } from "./cluster.mjs";
import { redisKeyPrefix } from "./redis-client.mjs";

const PREFIX = `${redisKeyPrefix()}page:`;
const SHARED_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);
const DAY_SECONDS = 86_400;

/** The build these pages belong to: the build folder's BUILD_ID next to its `server` folder. */
export function buildIdOf(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unbuilt";
  }
}

// Buffers (RSC payloads, route bodies) and Maps (per-segment prefetch payloads) through JSON.
function replacer(key, value) {
  const original = this[key];
  if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
  if (original instanceof Map) return { $map: [...original] };
  return value;
}
function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

export const isShared = (entry) => SHARED_KINDS.has(entry?.value?.kind);

/** The entry another instance stored for `key` (lastModified on this process's clock), if any. */
export async function sharedPage(buildId, key) {
  const client = clusterClient();
  if (!client?.isReady) return undefined;
  const stored = await client.get(`${PREFIX}${buildId}:${key}`).catch(() => null);
  if (!stored) return undefined;
  const entry = JSON.parse(stored, reviver);
  return { ...entry, lastModified: entry.lastModified - clusterOffset() };
}

/** Hands a stored entry to the other instances; kept while it can be served, a day at most. */
export async function sharePage(buildId, key, entry) {
  const client = clusterClient();
  if (!client?.isReady || !isShared(entry)) return;
  const expire = entry.cacheControl?.expire;
  const seconds = Math.min(DAY_SECONDS, Math.max(1, typeof expire === "number" ? expire : DAY_SECONDS));
  const stored = JSON.stringify({ ...entry, lastModified: entry.lastModified + clusterOffset() }, replacer);
  await client.set(`${PREFIX}${buildId}:${key}`, stored, { EX: seconds }).catch(() => {});
}
