import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "./accounts";
import { startInstance } from "./instances";

// A second production server on the end-to-end build and database, stopped with SIGTERM while a
// request is still arriving: that request is answered, new connections are refused, exit code 0.

const port = Number(process.env.E2E_PORT ?? 3100) + 57;

test("SIGTERM finishes the request in flight, refuses new ones and exits cleanly", async () => {
  test.setTimeout(90_000);
  // Ready when its health check answers (a page would set off a background re-render, keeping the
  // server too busy to accept the next connection before the signal arrives).
  const instance = await startInstance(port, { DATABASE_URL: `file:${E2E_DATABASE}` });
  const server = instance.process;
  const output = instance.output;
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  try {
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
      .poll(() => output(), { timeout: 10_000 })
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
    expect(typeof status === "number" && status < 500, `answered ${status}; server said:\n${output()}`).toBe(true);
    expect(await exited, output()).toBe(0);
  } finally {
    // Never leave a server behind, whatever the outcome.
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
