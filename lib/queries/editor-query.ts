import "server-only";
import { requireUser } from "../auth/session";
import type { Role } from "../auth/roles";

/**
 * A read of data readers may not see (drafts, audit entries, accounts). It runs only after the
 * session of the request it serves shows a user with `role`, whatever page, layout or action
 * calls it, and it is never cached beyond that request.
 */
export function editorQuery<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  role: Role = "editor",
) {
  return async (...args: Args): Promise<Result> => {
    await requireUser(role);
    return read(...args);
  };
}
