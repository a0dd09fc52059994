// One `npm start` up to the point where it would serve, as a process of its own: prepareDatabase,
// then buildIfNeeded with a fast stand-in for `next build` that notes its start and end in BUILD_LOG
// and takes BUILD_MS. Prints one JSON line: the build's stamp and what the server would be told.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { buildIfNeeded, prepareDatabase, storedPagesEnv } from "../../scripts/app-server";

const env = { ...process.env };
const note = (what: string) => appendFileSync(env.BUILD_LOG ?? "", `${process.pid} ${what} ${Date.now()}\n`);

await prepareDatabase(env.DATABASE_URL ?? "");
const stamp = await buildIfNeeded(env.PARLEY_DIST_DIR ?? "", env, {
  force: process.argv.includes("--rebuild"),
  build: async (distDir) => {
    note("build-start");
    mkdirSync(distDir, { recursive: true });
    await sleep(Number(env.BUILD_MS ?? 1000));
    writeFileSync(path.join(distDir, "BUILD_ID"), "stand-in");
    note("build-end");
  },
});
console.log(JSON.stringify({ stamp, serverEnv: await storedPagesEnv(stamp, env) }));
