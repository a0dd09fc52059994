import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set, else one generated on first
 * use and kept beside the database, so a fresh install works with no set-up and stays signed in
 * across restarts.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters long");
    return configured;
  }
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.PARLEY_SECRET_FILE ?? "data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}
