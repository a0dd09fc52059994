import type { ReactNode } from "react";
import { renderInstant } from "@/lib/clock";

/**
 * Renders the time-dependent part of a reader page (what is still upcoming, how long is left)
 * with the instant the page is rendered at, at most a second before it is served. No <Suspense>
 * around it: the part then sits in place in the static HTML rather than at its end behind a script.
 */
export async function AtRenderInstant({ render }: { render: (now: number) => ReactNode }) {
  const now = await renderInstant();
  return render(now);
}
