// Next's page cache stamps a page with the instant it is stored, and tag invalidations too, on the
// wall clock (Date.now()); its "use cache" entries are stamped with the instant their work began, on
// the process's monotonic clock, and compared with those invalidations. Mixed, a page rendered
// before an editor's save but stored after it counts as newer than the save, and a wall clock
// stepped back misses invalidations. So Parley's page cache (lib/cache/page-cache-handler.mjs,
// loaded by Next) stamps everything on the monotonic clock, and stamps a page whose render began
// before the latest invalidation with the instant its request reached Next, which the front server
// hands it here for each request.
import { channel } from "node:diagnostics_channel";
import { monotonicNow } from "../cache/monotonic-clock.mjs";

const pageRequests = channel("parley.page-requests");

/** Runs `handle` as one request's work, begun now. */
export function asRequest<T>(handle: () => T): T {
  return pageRequests.runStores(monotonicNow(), handle);
}
