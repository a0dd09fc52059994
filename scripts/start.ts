// `npm start`: applies migrations, seeds an empty database, builds when needed, serves.
import { databaseUrl } from "../lib/prisma-client";
import { buildIfNeeded, prepareDatabase, serve, storedPagesEnv } from "./app-server";

const url = databaseUrl();
const port = process.env.PORT ?? "3000";
// Feeds, calendars and share images need the site's own address; locally that is this port.
const origin = process.env.PARLEY_ORIGIN || `http://localhost:${port}`;
const env = {
  ...process.env,
  DATABASE_URL: url,
  PARLEY_ORIGIN: origin,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
};

await prepareDatabase(url);
const build = await buildIfNeeded(process.env.PARLEY_DIST_DIR || ".next", env, {
  force: process.argv.includes("--rebuild"),
});
serve(port, { ...env, ...(await storedPagesEnv(build, env)) });
