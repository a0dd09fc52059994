import Link from "@/components/link";
import type { ReactNode } from "react";

/**
 * Whether a link must load its page from the server. /timeline is two routes: without filters a
 * static page (next.config.ts rewrites it), with filters or a page number one rendered per request.
 * Next's client router assumes a static page is the same whatever the query, and would show the
 * unfiltered timeline for a filtered address it navigated to by itself.
 */
export function loadsFromServer(href: string): boolean {
  return href.startsWith("/timeline?");
}

/** A link to a page of the site: a client-side navigation unless `loadsFromServer`. */
export function PageLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return loadsFromServer(href) ? (
    <a href={href} className={className}>
      {children}
    </a>
  ) : (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
