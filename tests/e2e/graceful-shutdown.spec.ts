import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { serverCommand } from "../../scripts/server-command";

// A second production server on the end-to-end build and database, stopped with SIGTERM while a
// request is still arriving: that request is answered, new connections are refused, exit code 0.

const root = path.resolve(import.meta.dirname, "../..");
const name = process.env.E2E_NAME ?? "e2e";
const port = Number(process.env.E2E_PORT ?? 3100) + 57;

test("SIGTERM finishes the request in flight, refuses new ones and exits cleanly", async () => {
  test.setTimeout(90_000);
  const [command, args] = serverCommand(String(port), "127.0.0.1");
  const server = spawn(command, args, {
    cwd: root,
    // Without the test runner's own NODE_OPTIONS (its loader), as a server is started in production.
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      NODE_ENV: "production",
      PARLEY_DIST_DIR: `.next-${name}`,
      DATABASE_URL: `file:${path.join(root, "data", `${name}.db`)}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  try {
    // Ready when its health check answers (a page would set off a background re-render, keeping the
    // server too busy to accept the next connection before the signal arrives).
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);

    // A form post whose body arrives in two halves, the signal in between.
    const body = new URLSearchParams({ email: "nobody@example.com", password: "x".repeat(64) }).toString();
    let request!: http.ClientRequest;
    const answered = new Promise<number | string>((resolve) => {
      request = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/sign-in",
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode!));
        },
      );
      request.on("error", (error) => resolve(error.message));
    });
    request.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.kill("SIGTERM");
    await expect
      .poll(() => output, { timeout: 10_000 })
      .toContain('"message":"shutting down: finishing the requests in flight"');
    expect(
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => "answered",
        () => "refused",
      ),
      "a new connection after SIGTERM",
    ).toBe("refused");
    request.end(body.slice(20));

    const status = await answered;
    expect(typeof status === "number" && status < 500, `answered ${status}; server said:\n${output}`).toBe(true);
    expect(await exited, output).toBe(0);
  } finally {
    // Never leave a server behind, whatever the outcome.
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
