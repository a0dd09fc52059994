"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/**
 * Prefetches the page behind a Link (components/link.tsx) as soon as the reader points at it,
 * tabs to it or touches it: a few hundred milliseconds before the click, from one listener on
 * the document rather than one observer per link.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    let lastPath = "";
    const prefetchTarget = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-prefetch-on-intent]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
      const path = link.pathname + link.search;
      // Next's router keeps what it prefetched; this only spares it the pointer's every move.
      if (path === lastPath || path === location.pathname + location.search) return;
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
