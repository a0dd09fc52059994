// Instances of one site agree through Redis when REDIS_URL is set: every tag invalidation is written
// to a shared manifest (and announced) before the editor's save returns, and each instance reads the
// manifest's version before it serves from its caches. Stamps in Redis are on Redis's clock, so
// instances on machines whose clocks differ still order a save and a render correctly.
// Without REDIS_URL (and in `next build`) everything here is a no-op and each process is the site.
// Redis down: instances serve from memory, log it once, keep their own invalidations and hand them
// on when it is back. Plain JavaScript, for the cache handlers Node loads as they are.
import { channel } from "node:diagnostics_channel";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { monotonicNow } from "./monotonic-clock.mjs";
import { redisKeyPrefix, resilientRedis } from "./redis-client.mjs";

/** Published in this process after any invalidation, local or from another instance. */
export const contentChanges = channel("parley.content-changes");

const PREFIX = redisKeyPrefix();
const KEYS = { tags: `${PREFIX}tags`, version: `${PREFIX}tags-version`, announce: `${PREFIX}invalidations` };
const INSTANCE = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

let redis;
let firstConnection;
/** Redis time minus this process's monotonic clock, measured at each connection. */
let offset = 0;
let seenVersion;
/** Local invalidations Redis has not taken yet: tag → stamps (on this process's clock). */
const pending = new Map();
let latestInvalidationAt = -Infinity;

export const clusterEnabled = () =>
  Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== "phase-production-build";

/** The client, connecting from first use; undefined without REDIS_URL. */
export function clusterClient() {
  if (!clusterEnabled()) return undefined;
  if (redis) return redis;
  redis = resilientRedis(process.env.REDIS_URL, { name: "cache", onReady: onConnected });
  firstConnection = new Promise((resolve) => redis.once("ready", resolve));
  subscribe();
  return redis;
}

/** Settles when the first connection is made, or after `ms`: a save right after start-up waits for it. */
const connectedWithin = (ms) => Promise.race([firstConnection, new Promise((resolve) => setTimeout(resolve, ms))]);

async function onConnected() {
  const before = monotonicNow();
  const [seconds, micros] = await redis.sendCommand(["TIME"]);
  offset = Number(seconds) * 1000 + Number(micros) / 1000 - (before + monotonicNow()) / 2;
  if (pending.size > 0) await share(new Map(pending));
  seenVersion = undefined;
  await refreshClusterTags();
}

function subscribe() {
  const subscriber = redis.duplicate();
  subscriber.on("error", () => {});
  subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(KEYS.announce, (from) => {
        if (from !== INSTANCE) refreshClusterTags().catch(() => {});
      }),
    )
    .catch(() => {});
}

/** Redis's clock minus this process's: add it to a stamp bound for Redis, subtract it from one read there. */
export const clusterOffset = () => offset;
/** A stamp from Redis on this process's clock; "now" elsewhere is never later than now here. */
function toLocal(clusterStamp) {
  const local = clusterStamp - offset;
  const now = monotonicNow();
  return local > now && local - now < 1000 ? now : local;
}

/** The latest invalidation this process knows of, from any instance, on its own clock. */
export const latestInvalidation = () => latestInvalidationAt;

/**
 * Merges `stamps` into this process's manifest, keeping the later of each; whether anything moved.
 * The latest invalidation counts the manifest's stamps even when these did not move them: Next's own
 * "use cache" handler writes the same manifest in the same save, rounded to the millisecond, and
 * may get there first with a stamp a fraction later than ours.
 */
function applyLocally(tag, stamps) {
  const known = tagsManifest.get(tag) ?? {};
  const merged = { ...known };
  let moved = false;
  for (const field of ["stale", "expired"])
    if (stamps[field] !== undefined && !(known[field] >= stamps[field])) {
      merged[field] = stamps[field];
      moved = true;
    }
  latestInvalidationAt = Math.max(latestInvalidationAt, merged.stale ?? -Infinity, merged.expired ?? -Infinity);
  if (moved) tagsManifest.set(tag, merged);
  return moved;
}

/**
 * Records an invalidation made in this process (stamps on its clock), and hands it to the other
 * instances before returning; while Redis is down it is kept, and handed on at the reconnection.
 */
export async function invalidate(tags, stamps) {
  for (const tag of tags) applyLocally(tag, stamps);
  contentChanges.publish({ tags });
  if (!clusterClient()) return;
  await connectedWithin(1000);
  const batch = new Map(tags.map((tag) => [tag, stamps]));
  try {
    await share(batch);
  } catch {
    for (const [tag, value] of batch) pending.set(tag, value);
  }
}

async function share(batch) {
  const onRedisClock = {};
  for (const [tag, stamps] of batch)
    onRedisClock[tag] = JSON.stringify(
      Object.fromEntries(Object.entries(stamps).map(([field, stamp]) => [field, stamp + offset])),
    );
  await redis.multi().hSet(KEYS.tags, onRedisClock).incr(KEYS.version).publish(KEYS.announce, INSTANCE).exec();
  for (const tag of batch.keys()) if (pending.get(tag) === batch.get(tag)) pending.delete(tag);
}

/**
 * Brings this process's tag manifest up to the cluster's: one GET when nothing changed, the whole
 * manifest when something did. Called before serving from any cache; a no-op while Redis is down.
 * Never shared between requests: a read begun before a save could answer one begun after it.
 */
export async function refreshClusterTags() {
  const client = clusterClient();
  if (!client?.isReady) return;
  const version = await client.get(KEYS.version).catch(() => seenVersion);
  if (version === seenVersion) return;
  let manifest;
  try {
    manifest = await client.hGetAll(KEYS.tags);
  } catch {
    return;
  }
  let changed = false;
  for (const [tag, json] of Object.entries(manifest)) {
    const stamps = Object.fromEntries(Object.entries(JSON.parse(json)).map(([f, stamp]) => [f, toLocal(stamp)]));
    if (applyLocally(tag, stamps)) changed = true;
  }
  seenVersion = version;
  if (changed) contentChanges.publish({ tags: [] });
}
