import type { RedisClientType } from "redis";

export function redisKeyPrefix(): string;
export function logLine(level: "info" | "error", message: string, fields?: Record<string, unknown>): void;
export function resilientRedis(
  url: string,
  options: { name: string; onReady?: (client: RedisClientType) => Promise<void> },
): RedisClientType;
