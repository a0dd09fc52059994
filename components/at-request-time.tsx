import type { ReactNode } from "react";
import { requestNow } from "@/lib/clock";

/**
 * Renders its part of a page per request, with the request's instant: what is "upcoming" and
 * how long is left cannot be decided when the page is cached. Wrap it in <Suspense>.
 */
export async function AtRequestTime({ render }: { render: (now: number) => ReactNode }) {
  const now = await requestNow();
  return render(now);
}
