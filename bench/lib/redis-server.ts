// A throwaway Redis for tests and the bench: Debian's redis-server on a port of the test's choosing, nothing
// written to disk, stopped (or killed, to play an outage) by the test.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export interface TestRedis {
  url: string;
  port: number;
  /** Starts it (again, after `stop`) on the same port, empty. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const reachable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

export function testRedis(port: number): TestRedis {
  let child: ChildProcess | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: "ignore" },
      );
      const deadline = Date.now() + 10_000;
      while (!(await reachable(port))) {
        if (Date.now() > deadline) throw new Error(`redis-server did not listen on ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
  };
}
