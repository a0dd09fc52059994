// The production server that `npm start`, the end-to-end tests and the bench run: Next's request
// handler behind lib/http/front-server.ts. Serves an existing build (scripts/app-server.ts builds).
// SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { env } from "../lib/env";
import { createFrontServer } from "../lib/http/front-server";
import { logError, logInfo } from "../lib/log";

const { values } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } },
});
const port = Number(values.port);
const root = path.resolve(import.meta.dirname, "..");
const internalSocket = path.join(os.tmpdir(), `parley-next-${process.pid}.sock`);

const app = next({ dev: false, dir: root, hostname: values.hostname ?? "localhost", port });
await app.prepare();
rmSync(internalSocket, { force: true });
const front = await createFrontServer(app.getRequestHandler(), {
  internalSocket,
  trustedProxies: env.PARLEY_TRUSTED_PROXIES,
});
front.server.listen(port, values.hostname, () =>
  logInfo("serving", { url: `http://${values.hostname ?? "localhost"}:${port}` }),
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logInfo("shutting down: finishing the requests in flight", { signal });
    // Whatever happens to the graceful path, the process ends.
    setTimeout(() => {
      logError("shutdown took too long: exiting", new Error("shutdown timeout"));
      process.exit(1);
    }, 20_000).unref();
    await front.shutDown();
    await app.close();
    rmSync(internalSocket, { force: true });
    logInfo("stopped");
    process.exit(0);
  });
}
