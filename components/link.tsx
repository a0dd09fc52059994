"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to a page of the site, prefetched when the reader shows intent (PrefetchOnIntent): not
 * when it scrolls into view, as Next's own Link does. A reader page shows a dozen links on its
 * first screen; prefetching each cost the reader's phone a main-thread task and the server a
 * request per page view, for pages the reader mostly never opens. A client component itself, so
 * that `prefetch={false}` is set in the browser rather than written into every link of every
 * page's RSC payload.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
