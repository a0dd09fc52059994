import type { Metadata, Viewport } from "next";
import { GeistMono, GeistSans } from "./fonts";
import type { ReactNode } from "react";
import { InAppNavigation } from "@/components/in-app-navigation";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { siteOrigin } from "@/lib/env";
import { feedAlternates } from "@/lib/outputs/public-paths";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin),
  title: { default: "Parley — US–China trade talks tracker", template: "%s · Parley" },
  alternates: feedAlternates(),
  openGraph: { siteName: "Parley", type: "website" },
  twitter: { card: "summary_large_image" },
  description:
    "Every US–China negotiation round, who was in the room, where each issue stands and live countdowns to the deadlines that drive the talks — with a source for every fact.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="flex min-h-dvh flex-col font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
        <InAppNavigation />
      </body>
    </html>
  );
}
