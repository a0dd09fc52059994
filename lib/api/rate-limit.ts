import "server-only";
import { clientAddress, rateLimitKey } from "../client-address";
import { createRateLimiter, type RateLimiter, type RateVerdict } from "../domain/token-bucket";
import { env } from "../env";
import { errorResponse } from "./respond";

// Next bundles each route on its own, so a module-level limiter could be one per endpoint; on
// globalThis every endpoint of the process draws from the same per-address budget. In memory
// only: a read of the API writes nothing, and a restart forgets the buckets.
const shared = globalThis as unknown as { parleyApiRateLimiter?: RateLimiter };

function limiter(): RateLimiter {
  return (shared.parleyApiRateLimiter ??= createRateLimiter({ perMinute: env.PARLEY_API_RATE_PER_MINUTE, burst: env.PARLEY_API_RATE_BURST }));
}

/** Takes one request from the budget of the request's client address. */
export function takeApiBudget(request: Request): RateVerdict {
  return limiter().take(rateLimitKey(clientAddress(request.headers, env.PARLEY_TRUSTED_PROXIES)));
}

export function budgetHeaders(verdict: RateVerdict): Record<string, string> {
  return { "X-RateLimit-Limit": String(env.PARLEY_API_RATE_BURST), "X-RateLimit-Remaining": String(verdict.remaining) };
}

export function tooManyRequests(verdict: Extract<RateVerdict, { allowed: false }>): Response {
  const { retryAfterSeconds } = verdict;
  return errorResponse(
    429,
    `Too many requests from your address: the API allows ${env.PARLEY_API_RATE_BURST} at once and ${env.PARLEY_API_RATE_PER_MINUTE} a minute. Try again in ${retryAfterSeconds} s.`,
    { headers: { "Retry-After": String(retryAfterSeconds), ...budgetHeaders(verdict) } },
  );
}
