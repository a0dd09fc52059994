// Next's page cache stamps a page with the instant it is stored, and tag invalidations too, on the
// wall clock (Date.now()); its "use cache" entries are stamped with the instant their work began, on
// the process's monotonic clock, and compared with those invalidations. Mixed, a page rendered
// before an editor's save but stored after it counts as newer than the save, and a wall clock
// stepped back misses invalidations. So Parley's page cache (lib/cache/page-cache-handler.mjs,
// loaded by Next) stamps everything on the monotonic clock, and stamps a page whose render began
// before the latest invalidation with the instant its request reached Next, which the front server
// records here for each request.
import { AsyncLocalStorage } from "node:async_hooks";
import { monotonicNow } from "../cache/monotonic-clock.mjs";
import { announceContentChange } from "./content-changes";

export interface PageRenders {
  /** When the request whose work is under way reached Next; undefined outside any request. */
  renderBegunAt(): number | undefined;
  /**
   * Called by the page cache for a render begun before the latest invalidation. Requests that
   * joined it got its answer: copies of that answer are dropped, as after a write.
   */
  outdatedRender(): void;
}

const GLOBAL = Symbol.for("parley.page-renders");
const requestStarts = new AsyncLocalStorage<number>();

/** Runs `handle` as one request's work, begun now. */
export function asRequest<T>(handle: () => T): T {
  return requestStarts.run(monotonicNow(), handle);
}

export const pageRenders: PageRenders = {
  renderBegunAt: () => requestStarts.getStore(),
  outdatedRender: announceContentChange,
};

(globalThis as typeof globalThis & { [GLOBAL]?: PageRenders })[GLOBAL] = pageRenders;
