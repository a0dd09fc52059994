import localFont from "next/font/local";
export { GeistSans } from "geist/font/sans";

// Geist Mono as the geist package sets it up, but not preloaded: only countdown digits and code use it,
// and a preloaded 70 KB font competes with the page's largest text for the first second on a phone.
export const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  preload: false,
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "DejaVu Sans Mono", "Courier New", "monospace"],
  weight: "100 900",
});
