// Editors' writes announce themselves to the HTTP layer in the same process (scripts/serve.ts),
// which drops its micro-cached pages. Next bundles its own copy of this module, so the channel
// lives on globalThis under a registered symbol that every copy finds.

type Listener = () => void;
const CHANNEL = Symbol.for("parley.content-changes");
const globals = globalThis as typeof globalThis & { [CHANNEL]?: Set<Listener> };
const listeners = (globals[CHANNEL] ??= new Set<Listener>());

export function announceContentChange() {
  for (const listener of listeners) listener();
}

/** Calls `listener` after every editor's write in this process; returns the unsubscribe. */
export function onContentChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
