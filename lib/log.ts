export type LogLevel = "info" | "warn" | "error";

/** One JSON line per event, info on stdout, warnings and errors on stderr, for log collectors. */
export function logLine(level: LogLevel, message: string, fields: Record<string, unknown> = {}) {
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  if (level === "info") console.log(line);
  else if (level === "warn") console.warn(line);
  else console.error(line);
}

/** What a log line says of an error: its message and its stack. */
export function errorDetail(error: unknown): { error: string; stack?: string } {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}

export function logError(message: string, error: unknown, context: Record<string, unknown> = {}) {
  logLine("error", message, { ...context, ...errorDetail(error) });
}

export function logInfo(message: string, context: Record<string, unknown> = {}) {
  logLine("info", message, context);
}
