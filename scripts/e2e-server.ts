// The server the end-to-end tests run against: a fresh seeded database of its own and a
// production build in its own folder, so it never touches the database `npm start` serves.
import { rmSync } from "node:fs";
import { databaseFilePath } from "../lib/prisma-client";
import { buildIfNeeded, prepareDatabase, serve, storedPagesEnv } from "./app-server";

// E2E_NAME lets two test runs (two developers, say) share a checkout without sharing a database or build.
const name = process.env.E2E_NAME ?? "e2e";
const distDir = `.next-${name}`;
const url = `file:data/${name}.db`;
const file = databaseFilePath(url);
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${file}`,
  PARLEY_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
};

await prepareDatabase(env.DATABASE_URL);
// Rebuilt each run, so that the tests see this database's pages prerendered, as in production. With
// E2E_REUSE_BUILD, the build's pages hold another run's database: each is rendered afresh instead.
const build = await buildIfNeeded(distDir, env, { force: !process.env.E2E_REUSE_BUILD });
serve(process.env.PORT ?? "3100", { ...env, ...(await storedPagesEnv(build, env)) }, "127.0.0.1");
