"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { loadsFromServer } from "./page-link";

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/** The address of a page of this site that a link opens in this tab, if Next's router may prefetch it. */
function prefetchablePath(link: HTMLAnchorElement): string | undefined {
  if (link.origin !== location.origin || link.target || link.hasAttribute("download")) return undefined;
  const path = link.pathname + link.search;
  if (path === location.pathname + location.search || loadsFromServer(path)) return undefined;
  // The API, Next's own files, and feeds, calendars and downloads (named with an extension) are not pages.
  if (/^\/(?:api|_next)\//.test(link.pathname) || /\.\w+$/.test(link.pathname)) return undefined;
  return path;
}

/**
 * Prefetches the page behind a link (components/link.tsx prefetches nothing by itself) as soon as
 * the reader points at it, tabs to it or touches it: a few hundred milliseconds before the click,
 * from one listener on the document rather than one observer per link.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    let lastPath: string | undefined;
    const prefetchTarget = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      const path = link instanceof HTMLAnchorElement ? prefetchablePath(link) : undefined;
      // Next's router keeps what it prefetched; this only spares it the pointer's every move.
      if (!path || path === lastPath) return;
      lastPath = path;
      router.prefetch(path);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, prefetchTarget, { passive: true });
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, prefetchTarget);
    };
  }, [router]);
  return null;
}
