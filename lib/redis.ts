import "server-only";
import type { RedisClientType } from "redis";
import { resilientRedis } from "./cache/redis-client.mjs";

// The connection the rate limits and the health check share, made on first use when REDIS_URL is
// set (lib/cache/cluster.mjs has its own, for the cache handlers Next loads apart).
let client: RedisClientType | undefined;

export function sharedRedis(): RedisClientType | undefined {
  const url = process.env.REDIS_URL;
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return undefined;
  return (client ??= resilientRedis(url, { name: "rate limits" }));
}

/** "ok" or "unreachable" when REDIS_URL is set; undefined when the site runs without Redis. */
export async function redisHealth(): Promise<"ok" | "unreachable" | undefined> {
  const redis = sharedRedis();
  if (!redis) return undefined;
  if (!redis.isReady) return "unreachable";
  try {
    await redis.ping();
    return "ok";
  } catch {
    return "unreachable";
  }
}
