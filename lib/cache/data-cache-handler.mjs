// Next's "use cache" entries: in this process's memory (Next's own default handler) and, with
// REDIS_URL, in Redis as well, so that what one instance computed the others read instead of
// computing it again. Tags and their invalidations are cluster.mjs's. Written here rather than taken
// from a library: the Redis handlers published for Next 16 stamp entries with the wall clock, which
// Next compares with its monotonic one (lib/http/page-renders.ts says why that loses invalidations).
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import { streamFromBuffer, streamToBuffer } from "next/dist/server/stream-utils/node-web-streams-helper.js";
import { clusterClient, clusterOffset, refreshClusterTags } from "./cluster.mjs";
import { redisKeyPrefix } from "./redis-client.mjs";

const MEMORY_BYTES = 50 * 1024 * 1024;
const PREFIX = `${redisKeyPrefix()}data:`;
const local = createDefaultCacheHandler(MEMORY_BYTES);

/** The entry another instance stored, on this process's clock; undefined when there is none or Redis is down. */
async function sharedEntry(cacheKey) {
  const client = clusterClient();
  if (!client?.isReady) return undefined;
  const stored = await client.get(PREFIX + cacheKey).catch(() => null);
  if (!stored) return undefined;
  const { value, ...entry } = JSON.parse(stored);
  return { ...entry, timestamp: entry.timestamp - clusterOffset(), value: Buffer.from(value, "base64") };
}

async function share(cacheKey, entry, value) {
  const client = clusterClient();
  // Entries that expire at once are recomputed on every read; Next's handler does not keep them either.
  if (!client?.isReady || entry.expire === 0) return;
  const seconds = Math.max(1, Math.ceil(Math.min(entry.revalidate, entry.expire)));
  const stored = { ...entry, timestamp: entry.timestamp + clusterOffset(), value: value.toString("base64") };
  await client.set(PREFIX + cacheKey, JSON.stringify(stored), { EX: seconds }).catch(() => {});
}

const DataCacheHandler = {
  async get(cacheKey, softTags) {
    const kept = await local.get(cacheKey, softTags);
    if (kept) return kept;
    const shared = await sharedEntry(cacheKey);
    if (!shared) return undefined;
    // Through the local handler, which checks its age and tags as for its own entries.
    await local.set(cacheKey, Promise.resolve({ ...shared, value: streamFromBuffer(shared.value) }));
    return local.get(cacheKey, softTags);
  },

  async set(cacheKey, pendingEntry) {
    const buffered = pendingEntry.then(async ({ value, ...metadata }) => ({
      metadata,
      value: await streamToBuffer(value),
    }));
    // Handed over at once, so that reads meanwhile wait for it rather than compute it again.
    const storing = local.set(
      cacheKey,
      buffered.then(({ metadata, value }) => ({ ...metadata, value: streamFromBuffer(value) })),
    );
    const { metadata, value } = await buffered;
    await Promise.all([storing, share(cacheKey, metadata, value)]);
  },

  refreshTags: refreshClusterTags,
  getExpiration: (tags) => local.getExpiration(tags),
  updateTags: (tags, durations) => local.updateTags(tags, durations),
};

export default DataCacheHandler;
