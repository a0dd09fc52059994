"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/**
 * Whether a link must load its page from the server. /timeline is two routes: without filters a
 * static page (next.config.ts rewrites it), with filters or a page number one rendered per request.
 * Next's client router assumes a static page is the same whatever the query, and would show the
 * unfiltered timeline for a filtered address it navigated to by itself.
 */
export function loadsFromServer(href: string): boolean {
  return href.startsWith("/timeline?");
}

/** The address of a page of this site that a link opens in this tab, if Next's router may open it. */
function inAppPath(link: HTMLAnchorElement): string | undefined {
  if (link.origin !== location.origin || (link.target && link.target !== "_self") || link.hasAttribute("download"))
    return undefined;
  const path = link.pathname + link.search;
  if (loadsFromServer(path)) return undefined;
  // The API, Next's own files, and feeds, calendars and downloads (named with an extension) are not pages.
  if (/^\/(?:api|_next)\//.test(link.pathname) || /\.\w+$/.test(link.pathname)) return undefined;
  return path;
}

function linkOf(event: Event): HTMLAnchorElement | undefined {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  return link instanceof HTMLAnchorElement ? link : undefined;
}

/**
 * Opens the site's links (components/link.tsx, plain anchors) as Next's Link does: with the router,
 * keeping the page's layout and scroll handling, unless a modifier key, another button, a target or
 * an earlier handler asks for the browser's own behaviour. And prefetches a link's page as soon as
 * the reader points at it, tabs to it or touches it: a few hundred milliseconds before the click,
 * never for links merely scrolled into view. One listener on the document does both for every link.
 */
export function InAppNavigation() {
  const router = useRouter();
  useEffect(() => {
    let lastPrefetched: string | undefined;
    const prefetchTarget = (event: Event) => {
      const link = linkOf(event);
      const path = link ? inAppPath(link) : undefined;
      // Next's router keeps what it prefetched; this only spares it the pointer's every move.
      if (!path || path === lastPrefetched || path === location.pathname + location.search) return;
      lastPrefetched = path;
      router.prefetch(path);
    };
    const navigate = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = linkOf(event);
      const path = link ? inAppPath(link) : undefined;
      if (!link || !path) return;
      // A fragment of this very page: the browser scrolls to it.
      if (link.hash && path === location.pathname + location.search) return;
      event.preventDefault();
      router.push(path + link.hash);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, prefetchTarget, { passive: true });
    document.addEventListener("click", navigate);
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, prefetchTarget);
      document.removeEventListener("click", navigate);
    };
  }, [router]);
  return null;
}
