import { z } from "zod";

const origin = z
  .url({ protocol: /^https?$/ })
  .transform((url) => new URL(url).origin)
  .default("http://localhost:3000");

const count = (min: number, fallback: number) => z.coerce.number().int().min(min).max(1_000_000_000).default(fallback);

const envSchema = z.object({
  /**
   * Where readers reach the site: feeds, calendars, the API's links and share images need absolute
   * URLs. Read at run time; prerendered pages made for another origin are not served (see
   * scripts/app-server.ts `storedPagesEnv`).
   */
  PARLEY_ORIGIN: origin,
  /**
   * Requests per minute one client address may make to the JSON API once its burst is spent,
   * spread evenly (120: two a second). See lib/rate-limits.ts.
   */
  PARLEY_API_RATE_PER_MINUTE: count(1, 120),
  /**
   * Requests one client address may make to the JSON API at once; spent, the burst comes back in
   * the time the per-minute rate takes to earn it.
   */
  PARLEY_API_RATE_BURST: count(1, 60),
  /**
   * Reverse proxies in front of Parley that append the address they were called from to
   * X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for` does): the client's address is the
   * entry this far from the right. See lib/client-address.ts.
   */
  PARLEY_TRUSTED_PROXIES: count(0, 0),
});

export type Env = z.infer<typeof envSchema>;

const NAMES = Object.keys(envSchema.shape) as (keyof Env)[];

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(
    Object.fromEntries(NAMES.map((name) => [name, source[name]?.trim() || undefined])),
  );
  if (!parsed.success) {
    const problems = Object.entries(z.flattenError(parsed.error).fieldErrors)
      .map(([name, messages]) => `${name}: ${messages?.join(", ")}`)
      .join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(process.env);

/** The site's origin, without a trailing slash: "https://parley.example". */
export const siteOrigin = env.PARLEY_ORIGIN;

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin}/`).toString();
}
