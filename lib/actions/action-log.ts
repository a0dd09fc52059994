import "server-only";
import type { AuditedRecord } from "../audit";
import { errorDetail, logLine } from "../log";
import type { FormValues } from "./action-state";

/** Why an action wrote nothing. The first three are a client's doing; they log as warnings. */
export type RefusalReason = "unauthenticated" | "forbidden" | "cross-origin" | "invalid" | "rule" | "conflict";

const WARNINGS = new Set<RefusalReason>(["unauthenticated", "forbidden", "cross-origin"]);

/** Values shorter than this are codes and flags ("UTC", "on", an id), which error texts are full of. */
const SHORTEST_REDACTED_VALUE = 4;

/**
 * One JSON line per call of an editor action: who (a user id, never an email), what (the records
 * written, never their values), how long it took and how it ended.
 */
export class ActionLog {
  readonly #started = performance.now();
  #userId: string | null = null;
  #email: string | null = null;

  constructor(private readonly action: string) {}

  signedIn(user: { id: string; email: string }) {
    this.#userId = user.id;
    this.#email = user.email;
  }

  saved(records: AuditedRecord[]) {
    logLine("info", "editor action saved", { ...this.#fields("saved"), records });
  }

  refused(
    reason: RefusalReason,
    detail: { userId?: string | null; fields?: string[]; record?: Record<string, unknown> } = {},
  ) {
    const { userId, ...rest } = detail;
    logLine(WARNINGS.has(reason) ? "warn" : "info", "editor action refused", {
      ...this.#fields("refused"),
      userId: userId ?? this.#userId,
      reason,
      ...rest,
    });
  }

  /** The error's text can quote the input (a database error naming what it was given): the form's values are taken out. */
  failed(error: unknown, values: FormValues) {
    const secrets = [...Object.values(values).flat(), this.#email ?? ""].flatMap((value) => [
      value,
      JSON.stringify(value).slice(1, -1),
    ]);
    const { error: message, stack } = errorDetail(error);
    logLine("error", "editor action failed", {
      ...this.#fields("error"),
      error: redact(message, secrets),
      stack: stack && redact(stack, secrets),
    });
  }

  #fields(outcome: string) {
    return {
      action: this.action,
      userId: this.#userId,
      outcome,
      durationMs: Math.round(performance.now() - this.#started),
    };
  }
}

/** `text` with every occurrence of each secret replaced, longest first (a value can contain another). */
export function redact(text: string, secrets: string[]): string {
  return secrets
    .filter((secret) => secret.length >= SHORTEST_REDACTED_VALUE)
    .sort((a, b) => b.length - a.length)
    .reduce((redacted, secret) => redacted.split(secret).join("[redacted]"), text);
}
