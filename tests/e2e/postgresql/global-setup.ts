// The end-to-end run on PostgreSQL: a throwaway cluster, one Redis, two production instances of
// the end-to-end build on that database, and ops/nginx in front of both, as a site that outgrew one
// machine runs them. The specs reach the site through nginx, so an editor's requests land on
// either instance. Returns the teardown that stops it all.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startNginx } from "../../../bench/lib/nginx";
import { stopProcess } from "../../../bench/lib/processes";
import { testRedis } from "../../../bench/lib/redis-server";
import { startThrowawayPostgresql } from "../../../lib/store/throwaway-postgresql";
import { buildIfNeeded, prepareDatabase } from "../../../scripts/app-server";
import { E2E_NOW } from "../../../playwright.config";
import { E2E_DIST_DIR, startInstance, stopInstance } from "../instances";

export const POSTGRESQL_E2E_PORT = Number(process.env.E2E_PORT ?? 3100) + 80;

export default async function globalSetup() {
  const nginxPort = POSTGRESQL_E2E_PORT;
  const site = `http://127.0.0.1:${nginxPort}`;
  const cluster = await startThrowawayPostgresql({ fast: true });
  const redis = testRedis(nginxPort + 3);
  const nginxPrefix = mkdtempSync(path.join(os.tmpdir(), "parley-e2e-nginx-"));
  const stops: (() => Promise<unknown>)[] = [() => cluster.stop()];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    rmSync(nginxPrefix, { recursive: true, force: true });
  };
  try {
    const databaseUrl = cluster.url("parley_e2e");
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      PARLEY_REDIS_PREFIX: `e2e-postgresql-${Date.now()}:`,
      PARLEY_TRUSTED_PROXIES: "1",
      PARLEY_CLOCK: E2E_NOW,
      // Both instances serve one site: its links name nginx, not the instance that rendered them.
      PARLEY_ORIGIN: site,
    };
    await prepareDatabase(databaseUrl);
    // The SQLite run's build when it is current (the code reads the store at run time); its
    // prerendered pages hold the SQLite database, so each page is rendered afresh here.
    await buildIfNeeded(E2E_DIST_DIR, { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
    await redis.start();
    stops.push(() => redis.stop());
    const instances = await Promise.all([startInstance(nginxPort + 1, env), startInstance(nginxPort + 2, env)]);
    stops.push(...instances.map((instance) => () => stopInstance(instance)));
    // Their logs, for a failure's story: written when the run ends, beside Playwright's results.
    stops.push(async () => {
      mkdirSync("test-results", { recursive: true });
      instances.forEach((instance, i) =>
        writeFileSync(path.join("test-results", `postgresql-instance-${i + 1}.log`), instance.output()),
      );
    });
    const nginx = await startNginx({
      prefix: nginxPrefix,
      port: nginxPort,
      upstreamPorts: [nginxPort + 1, nginxPort + 2],
    });
    stops.push(() => stopProcess(nginx));
    // The specs' own reads of the database (tests/e2e/database-rows.ts, accounts.ts) go to this one.
    process.env.E2E_DATABASE_URL = databaseUrl;
    console.log(
      `[e2e postgresql] ${site}: nginx → two instances (${nginxPort + 1}, ${nginxPort + 2}), PostgreSQL ${cluster.port}, Redis ${redis.port}`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
