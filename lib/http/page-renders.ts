// Next stamps a regenerated page with the instant it is stored, not the instant its render began.
// A render begun before an editor's write and finished after it (a reader's request, or the
// background refresh one triggers, in flight as the editor saves) would be kept as newer than the
// write: the page without the change, served as fresh until it next goes stale, then once more
// while it refreshes. Measured: the timeline missed a new round for 2.2 s after the save.
//
// So each request runs with the instant it reached Next, and Parley's page cache
// (lib/cache/page-cache-handler.mjs, loaded by Next) asks here before keeping a render: one begun
// before the latest write is dropped, and the next request renders again.
import { AsyncLocalStorage } from "node:async_hooks";

export interface PageRenders {
  /** Whether the work under way began before the latest write (false outside any request). */
  begunBeforeLastWrite(): boolean;
  /** Called by the page cache for each render it drops. */
  dropped(): void;
}

const GUARD = Symbol.for("parley.page-renders");
const requestStarts = new AsyncLocalStorage<number>();
const now = () => performance.timeOrigin + performance.now();
let lastWriteAt = -Infinity;
const droppedListeners = new Set<() => void>();

/** Runs `handle` as one request's work, begun now. */
export function asRequest<T>(handle: () => T): T {
  return requestStarts.run(now(), handle);
}

/** Records that an editor's write has just landed (after its tags were invalidated). */
export function noteWrite() {
  lastWriteAt = now();
}

/** Calls `listener` whenever the page cache drops a render begun before a write; returns the unsubscribe. */
export function onDroppedRender(listener: () => void): () => void {
  droppedListeners.add(listener);
  return () => droppedListeners.delete(listener);
}

export const pageRenders: PageRenders = {
  begunBeforeLastWrite() {
    const begun = requestStarts.getStore();
    return begun !== undefined && begun <= lastWriteAt;
  },
  dropped() {
    for (const listener of droppedListeners) listener();
  },
};

(globalThis as typeof globalThis & { [GUARD]?: PageRenders })[GUARD] = pageRenders;
