import type { ReactNode } from "react";
import { renderInstant } from "@/lib/clock";

/**
 * Renders the time-dependent part of a reader page (what is still upcoming, how long is left)
 * with the instant the page is rendered at, at most a second before it is served. Wrap it in
 * <Suspense>: a prefetched page shell shows the fallback until the navigation brings the rest.
 */
export async function AtRenderInstant({ render }: { render: (now: number) => ReactNode }) {
  const now = await renderInstant();
  return render(now);
}
