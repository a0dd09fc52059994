import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/**
 * The production server (scripts/serve.ts) as a command line: what `npm start`, the e2e tests and
 * the bench run. Node loads tsx itself rather than through tsx's CLI, whose signal relay kills a
 * child that is busy for a few tens of milliseconds: SIGTERM must reach the server's own handler.
 */
export function serverCommand(port: string, hostname?: string): [string, string[]] {
  return [
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(root, "scripts", "serve.ts"),
      "--port",
      port,
      ...(hostname ? ["--hostname", hostname] : []),
    ],
  ];
}
