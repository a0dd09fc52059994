// One way to reach Redis for every part of Parley that shares state between instances: commands
// fail at once while it is down (callers fall back to this process's memory), reconnection is
// retried for ever, and the outage is logged once, not once per attempt. Plain JavaScript, for the
// cache handlers Node loads as they are.
import { createClient } from "redis";

/** What every key Parley keeps in Redis starts with: PARLEY_REDIS_PREFIX separates sites sharing one Redis. */
export const redisKeyPrefix = () => process.env.PARLEY_REDIS_PREFIX || "parley:";

// The line lib/log.ts writes (this file cannot import TypeScript).
export const logLine = (level, message, fields = {}) =>
  console[level === "info" ? "log" : "error"](
    JSON.stringify({ level, time: new Date().toISOString(), message, ...fields }),
  );

/** A client connecting to `url` in the background; `onReady` runs at each (re)connection. */
export function resilientRedis(url, { name, onReady = async () => {} }) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  let down = false;
  client.on("error", (error) => {
    if (down) return;
    down = true;
    logLine("error", `redis unreachable (${name}): serving from this instance's memory until it is back`, {
      error: String(error),
    });
  });
  client.on("ready", async () => {
    try {
      await onReady(client);
      if (down) logLine("info", `redis reachable again (${name})`);
      down = false;
    } catch (error) {
      logLine("error", `redis reachable, but catching up failed (${name})`, { error: String(error) });
    }
  });
  client.connect().catch(() => {});
  return client;
}
