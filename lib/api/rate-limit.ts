import "server-only";
import { clientAddress, rateLimitKey } from "../client-address";
import { env } from "../env";
import { rateLimits, type RateVerdict } from "../rate-limits";
import { errorResponse } from "./respond";

/** Takes one request from the budget of the request's client address, shared by every endpoint. */
export function takeApiBudget(request: Request): Promise<RateVerdict> {
  return rateLimits().api.take(rateLimitKey(clientAddress(request.headers, env.PARLEY_TRUSTED_PROXIES)));
}

export function budgetHeaders(verdict: RateVerdict): Record<string, string> {
  return { "X-RateLimit-Limit": String(rateLimits().api.limit), "X-RateLimit-Remaining": String(verdict.remaining) };
}

export function tooManyRequests(verdict: Extract<RateVerdict, { allowed: false }>): Response {
  const { retryAfterSeconds } = verdict;
  return errorResponse(
    429,
    `Too many requests from your address: the API allows ${rateLimits().api.limit} at once and ${env.PARLEY_API_RATE_PER_MINUTE} a minute. Try again in ${retryAfterSeconds} s.`,
    { headers: { "Retry-After": String(retryAfterSeconds), ...budgetHeaders(verdict) } },
  );
}
