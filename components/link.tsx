import type { ComponentProps } from "react";

/**
 * A link to a page of the site: a plain anchor, rendered on the server and never hydrated as a
 * component of its own. The one listener in components/in-app-navigation.tsx opens it with Next's
 * router (no full page load) and prefetches its page when the reader shows intent. Not Next's Link,
 * which is a client component per link: a reader page holds 20 to 70 links, and hydrating each (a
 * few hooks, a ref, a registration) costs the reader's phone main-thread time that one listener on
 * the document does not.
 */
export default function Link(props: ComponentProps<"a"> & { href: string }) {
  return <a {...props} />;
}
