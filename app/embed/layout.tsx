import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  // Embeds are shown inside other sites; the deadline's own page is the one to index.
  robots: { index: false, follow: true },
};

/** Marks the page as an embed: globals.css hides the site's header and footer around it. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div data-embed className="mx-auto max-w-xl">
      {children}
    </div>
  );
}
