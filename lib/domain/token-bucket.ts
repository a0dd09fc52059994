/** How much one client may ask: `burst` requests at once, refilled at `perMinute` requests a minute. */
export interface RatePolicy {
  perMinute: number;
  burst: number;
}

export type RateVerdict =
  | { allowed: true; /** Whole requests left in the bucket after this one. */ remaining: number }
  | { allowed: false; remaining: 0; /** Whole seconds until the next request would be allowed, at least 1. */ retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): RateVerdict;
  /** Clients currently tracked (a client whose bucket is full again is forgotten when room is needed). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per key, in memory. A refused request takes nothing, so a client that waits for
 * Retry-After is served. At most `maxKeys` buckets are kept: when a new key finds no room, full
 * buckets (clients quiet long enough to have their whole budget back) go first, then the least
 * recently seen.
 */
export function createRateLimiter(policy: RatePolicy, { now = Date.now, maxKeys = 100_000 }: { now?: () => number; maxKeys?: number } = {}): RateLimiter {
  const buckets = new Map<string, Bucket>();
  // Multiplied before dividing, so whole refill periods give whole tokens.
  const refilled = (bucket: Bucket, at: number) => Math.min(policy.burst, bucket.tokens + (Math.max(0, at - bucket.at) * policy.perMinute) / 60_000);
  const msUntilOneToken = (tokens: number) => ((1 - tokens) * 60_000) / policy.perMinute;

  function makeRoom(at: number) {
    for (const [key, bucket] of buckets) if (refilled(bucket, at) >= policy.burst) buckets.delete(key);
    const excess = buckets.size - Math.floor(maxKeys * 0.9);
    if (excess <= 0) return;
    let dropped = 0;
    for (const key of buckets.keys()) {
      if (dropped++ >= excess) break;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (bucket) {
        // Moved to the end: the Map's order is then least recently seen first.
        buckets.delete(key);
      } else {
        if (buckets.size >= maxKeys) makeRoom(at);
        bucket = { tokens: policy.burst, at };
      }
      buckets.set(key, bucket);
      bucket.tokens = refilled(bucket, at);
      // A clock that steps back must not refill the same time twice.
      bucket.at = Math.max(bucket.at, at);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, remaining: Math.floor(bucket.tokens) };
      }
      return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(msUntilOneToken(bucket.tokens) / 1000)) };
    },
    get size() {
      return buckets.size;
    },
  };
}
