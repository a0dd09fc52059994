import localFont from "next/font/local";

// Geist Sans as the geist package sets it up, from a subset of the characters Parley's text uses
// (scripts/font-subset.ts): 36 KB instead of 70 KB, on every reader's first visit.
export const GeistSans = localFont({
  src: "./fonts/geist-sans-latin.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
});

// Geist Mono as the geist package sets it up, but not preloaded: only code and the editors' forms use
// it. (Countdown digits are Geist Sans's tabular figures: a 70 KB font on the home page for ten digits
// arrived before its first paint, and Lighthouse's phone counted all of it toward that paint.)
export const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  preload: false,
  adjustFontFallback: false,
  fallback: [
    "ui-monospace",
    "SFMono-Regular",
    "Roboto Mono",
    "Menlo",
    "Monaco",
    "Liberation Mono",
    "DejaVu Sans Mono",
    "Courier New",
    "monospace",
  ],
  weight: "100 900",
});
