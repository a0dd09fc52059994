/**
 * Points the API's modules at a test database. lib/db.ts and lib/env.ts read the environment when
 * first imported, so this runs before they are. The request budget is lifted: thousands of requests
 * from a handful of made-up addresses are not what these tests are about.
 */
export function useApiEnvironment({ url, origin, secret }: { url: string; origin: string; secret: string }) {
  process.env.DATABASE_URL = url;
  process.env.PARLEY_ORIGIN = origin;
  process.env.BETTER_AUTH_SECRET = secret;
  process.env.PARLEY_API_RATE_PER_MINUTE = "1000000000";
  process.env.PARLEY_API_RATE_BURST = "1000000000";
}
