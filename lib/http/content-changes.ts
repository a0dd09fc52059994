// Every invalidation, made in this process or by another instance (lib/cache/cluster.mjs), is
// published on one named diagnostics channel: the HTTP layer (scripts/serve.ts) drops its copies of
// pages. A named channel, because Next bundles its own copies of the modules that publish.
import { channel } from "node:diagnostics_channel";

const contentChanges = channel("parley.content-changes");

/** Calls `listener` after every invalidation this process learns of; returns the unsubscribe. */
export function onContentChange(listener: () => void): () => void {
  const subscriber = () => listener();
  contentChanges.subscribe(subscriber);
  return () => contentChanges.unsubscribe(subscriber);
}

/** Says that content changed, as an invalidation does. */
export function announceContentChange() {
  contentChanges.publish({ tags: [] });
}
