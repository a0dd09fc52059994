// `npm start` (scripts/start.ts) on a build folder that must already hold a build of the current
// code, such as the end-to-end tests' own: it refuses rather than rebuild a folder another server
// serves from. DATABASE_URL, PARLEY_DIST_DIR, PARLEY_ORIGIN and PORT as for `npm start`.
import path from "node:path";
import { databaseUrl } from "../../lib/prisma-client";
import { buildInputsHash } from "../../lib/start/build-inputs";
import { buildIfNeeded, prepareDatabase, readBuildStamp, serve, storedPagesEnv } from "../../scripts/app-server";

const distDir = process.env.PARLEY_DIST_DIR ?? ".next";
if (readBuildStamp(distDir)?.inputs !== buildInputsHash(path.resolve(import.meta.dirname, "../.."))) {
  throw new Error(`${distDir} holds no build of the current code`);
}
const url = databaseUrl();
const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
await prepareDatabase(url);
const build = await buildIfNeeded(distDir, env);
serve(process.env.PORT ?? "3000", { ...env, ...(await storedPagesEnv(build, env)) }, "127.0.0.1");
