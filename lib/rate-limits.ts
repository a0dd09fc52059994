import "server-only";
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { RedisClientType } from "redis";
import { env } from "./env";
import { redisKeyPrefix } from "./cache/redis-client.mjs";
import { sharedRedis } from "./redis";

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** Whole seconds: Redis counts expiry in seconds, and a fraction would round to "never". */
  duration: number;
}

/**
 * Makes one limiter. Every limiter is made through one, so the counts move to a shared store by
 * passing another: for Redis, `(options) => new RateLimiterRedis({ storeClient, ...options,
 * insuranceLimiter: new RateLimiterMemory(options) })`, which falls back to memory while Redis is down.
 */
export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract;

export const inMemory: LimiterStore = (options) => new RateLimiterMemory(options);

/** Counts shared by every instance in Redis; this process's memory counts while Redis is down. */
export const inRedis =
  (storeClient: RedisClientType): LimiterStore =>
  (options) =>
    new RateLimiterRedis({
      storeClient,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      ...options,
      keyPrefix: `${redisKeyPrefix()}${options.keyPrefix}`,
      insuranceLimiter: new RateLimiterMemory(options),
    });

/** How much one client address may ask of the JSON API. */
export interface ApiRatePolicy {
  burst: number;
  perMinute: number;
}

export type RateVerdict =
  | { allowed: true; /** Requests left at once after this one. */ remaining: number }
  | {
      allowed: false;
      remaining: 0;
      /** Whole seconds until the next request would be allowed, at least 1. */ retryAfterSeconds: number;
    };

export interface ApiBudget {
  /** Requests an address may make at once. */
  readonly limit: number;
  take(key: string): Promise<RateVerdict>;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The per-minute rate, spread over the shortest whole-second window that holds whole requests (120
 * a minute: 2 a second), plus a burst allowance that makes up the rest of `burst` and comes back in
 * the time the steady rate takes to earn it; so an address that never pauses gets at most twice the
 * per-minute rate. A refused request moves no window.
 */
export function createApiBudget({ burst, perMinute }: ApiRatePolicy, store: LimiterStore = inMemory): ApiBudget {
  const steadySeconds = 60 / gcd(perMinute, 60);
  const steady = store({ keyPrefix: "api-steady", points: (perMinute * steadySeconds) / 60, duration: steadySeconds });
  const extraPoints = Math.max(0, burst - steady.points);
  // At most a day: the memory store's timers cannot wait beyond 24 days.
  const extraSeconds = Math.min(86_400, Math.max(steadySeconds, Math.ceil((extraPoints * 60) / perMinute)));
  const extra = store({ keyPrefix: "api-burst", points: extraPoints, duration: extraSeconds });
  const limiter = new BurstyRateLimiter(steady, extra);
  return {
    limit: steady.points + extraPoints,
    async take(key) {
      try {
        const { remainingPoints } = await limiter.consume(key);
        // BurstyRateLimiter reports the steady limiter's points only.
        const extraLeft = (await extra.get(key))?.remainingPoints ?? extraPoints;
        return { allowed: true, remaining: remainingPoints + extraLeft };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}

/** Failed sign-ins allowed in 15 minutes from the first: per account, and per client address. */
export const SIGN_IN_FAILURES = { account: 5, address: 20 } as const;
const SIGN_IN_WINDOW_SECONDS = 15 * 60;

export interface SignInThrottle {
  /** Seconds until this account may be tried from this address, or 0 when it may be now. */
  retryAfter(email: string, address: string): Promise<number>;
  recordFailure(email: string, address: string): Promise<void>;
  /** Clears the account's failures; the address's stay. */
  recordSuccess(email: string): Promise<void>;
}

/** rate-limiter-flexible's login protection: read before trying, count each failure, reset the account on success. */
export function createSignInThrottle(store: LimiterStore = inMemory): SignInThrottle {
  const byAccount = store({
    keyPrefix: "sign-in-account",
    points: SIGN_IN_FAILURES.account,
    duration: SIGN_IN_WINDOW_SECONDS,
  });
  const byAddress = store({
    keyPrefix: "sign-in-address",
    points: SIGN_IN_FAILURES.address,
    duration: SIGN_IN_WINDOW_SECONDS,
  });
  const account = (email: string) => email.toLowerCase();
  const secondsBlocked = (counted: RateLimiterRes | null) =>
    counted && counted.remainingPoints <= 0 && counted.msBeforeNext > 0 ? Math.ceil(counted.msBeforeNext / 1000) : 0;
  return {
    async retryAfter(email, address) {
      const counted = await Promise.all([byAccount.get(account(email)), byAddress.get(address)]);
      return Math.max(...counted.map(secondsBlocked));
    },
    async recordFailure(email, address) {
      await Promise.all([byAccount.penalty(account(email)), byAddress.penalty(address)]);
    },
    async recordSuccess(email) {
      await byAccount.delete(account(email));
    },
  };
}

export interface RateLimits {
  api: ApiBudget;
  signIn: SignInThrottle;
}

export function createRateLimits(api: ApiRatePolicy, store: LimiterStore = inMemory): RateLimits {
  return { api: createApiBudget(api, store), signIn: createSignInThrottle(store) };
}

// Next bundles each route and action on its own, so module-level limiters could be one set per
// endpoint; on globalThis the whole process draws on the same counts. With REDIS_URL every instance
// draws on the same counts in Redis; without, they are this process's, and a restart forgets them.
const shared = globalThis as unknown as { parleyRateLimits?: RateLimits };

export function rateLimits(): RateLimits {
  const redis = sharedRedis();
  return (shared.parleyRateLimits ??= createRateLimits(
    { burst: env.PARLEY_API_RATE_BURST, perMinute: env.PARLEY_API_RATE_PER_MINUTE },
    redis ? inRedis(redis) : inMemory,
  ));
}
