import { z } from "zod";

const origin = z
  .url({ protocol: /^https?$/ })
  .transform((url) => new URL(url).origin)
  .default("http://localhost:3000");

const envSchema = z.object({
  /**
   * Where readers reach the site: feeds, calendars, the API's links and share images need absolute
   * URLs. Prerendered pages bake it in, so set the same value at build and at run time.
   */
  PARLEY_ORIGIN: origin,
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse({ PARLEY_ORIGIN: source.PARLEY_ORIGIN?.trim() || undefined });
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
