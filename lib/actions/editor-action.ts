import "server-only";
import { updateTag } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { headers } from "next/headers";
import { withAuditedRecords, type AuditedEntity, type AuditedRecord } from "../audit";
import { hasForeignOrigin, isCrossSiteWrite } from "../auth/cross-site-writes";
import { getSession, signedInUser, type SignedInUser } from "../auth/session";
import type { Role } from "../auth/roles";
import { changesSinceVersion } from "../queries/editor";
import { ActionLog } from "./action-log";
import { formValues, type ActionState } from "./action-state";

/** Thrown by a write that found the record at another version than the editor saw. */
export class StaleVersionError extends Error {
  constructor(
    readonly entityType: AuditedEntity,
    readonly entityId: number,
    readonly seenVersion: number,
  ) {
    super(`${entityType} ${entityId} changed since version ${seenVersion}`);
  }
}

/** An expected refusal, shown to the editor as it is (a rule the schema cannot check alone). */
export class ActionRefusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export interface ActionOutcome {
  /** Reader-page cache tags the write touched. */
  tags: string[];
  redirectTo?: string;
  message?: string;
}

/**
 * Every editor action goes through here, so none can forget a step: the session and the role
 * are checked inside the action, the form is parsed with its schema (each error next to its
 * field, the user's input kept), stale saves become conflicts, only the touched tags are
 * invalidated, and each call logs one line: saved, refused (and why) or failed.
 */
export function editorAction<S extends z.ZodType>(
  name: string,
  schema: S,
  write: (input: z.output<S>, user: SignedInUser) => Promise<ActionOutcome>,
  { role = "editor" as Role } = {},
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const log = new ActionLog(name);
    const values = formValues(formData);
    let saved: { result: ActionOutcome; audited: AuditedRecord[] };
    try {
      const user = await signedInUser(role);
      if (!user) {
        const session = await getSession();
        log.refused(session ? "forbidden" : "unauthenticated", { userId: session?.user.id ?? null });
        return {
          ok: false,
          values,
          message: session
            ? "Your role does not allow this change."
            : "You are not signed in (or your session has ended). Sign in and try again; nothing was saved.",
        };
      }
      log.signedIn(user);
      if (!(await fromOwnOrigin())) {
        log.refused("cross-origin");
        return { ok: false, values, message: "This request did not come from Parley's own pages; nothing was saved." };
      }
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
        log.refused("invalid", { fields: Object.keys(fieldErrors) });
        return {
          ok: false,
          values,
          message: "Nothing was saved: please correct the fields marked below.",
          fieldErrors,
        };
      }
      saved = await withAuditedRecords(() => write(parsed.data, user));
    } catch (error) {
      if (error instanceof ActionRefusal) {
        log.refused("rule", { fields: Object.keys(error.fieldErrors ?? {}) });
        return { ok: false, values, message: error.message, fieldErrors: error.fieldErrors };
      }
      if (error instanceof StaleVersionError) {
        log.refused("conflict", {
          record: { entity: error.entityType, id: error.entityId, seenVersion: error.seenVersion },
        });
        return {
          ok: false,
          values,
          message:
            "Someone else saved this record after you opened it. Nothing was overwritten. Review what changed, then reload to edit the latest version.",
          conflict: await changesSinceVersion(error.entityType, error.entityId, error.seenVersion),
        };
      }
      unstable_rethrow(error);
      log.failed(error, values);
      return {
        ok: false,
        values,
        message: "Something went wrong on our side and nothing was saved. Please try again.",
      };
    }
    log.saved(saved.audited);
    const outcome = saved.result;
    // Next hands these to lib/cache/page-cache-handler.mjs before answering, which tells every instance.
    for (const tag of new Set(outcome.tags)) updateTag(tag);
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { ok: true, message: outcome.message };
  };
}

/** Server actions are POSTs from our own pages (proxy.ts and Next check this too; this keeps it explicit). */
async function fromOwnOrigin(): Promise<boolean> {
  const h = await headers();
  return !hasForeignOrigin(h) && !isCrossSiteWrite("POST", h);
}
