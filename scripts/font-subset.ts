// Geist Sans cut down to the characters Parley's text uses: 36 KB instead of 70 KB, preloaded on
// every reader's first visit. A character outside it falls back to the next font in the stack.
//   npm run font:subset    rewrites app/fonts/geist-sans-latin.woff2 (after a geist upgrade, or a new character)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FULL_FONT = path.join(ROOT, "node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2");
export const SUBSET_FONT = path.join(ROOT, "app/fonts/geist-sans-latin.woff2");

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");

/** Basic Latin, Latin-1 Supplement, Latin Extended-A, and the punctuation, arrows and signs of English text. */
export const SUBSET_TEXT = range(0x20, 0x7e) + range(0xa0, 0x17f) + "‐‑‒–—―‘’‚“”„†‡•…‰′″‹›€™←↑→↓−×÷≈≠≤≥";

export function subsetGeistSans(): Promise<Buffer> {
  return subsetFont(readFileSync(FULL_FONT), SUBSET_TEXT, { targetFormat: "woff2" });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const subset = await subsetGeistSans();
  writeFileSync(SUBSET_FONT, subset);
  console.log(`${path.relative(ROOT, SUBSET_FONT)}: ${subset.length} bytes (from ${readFileSync(FULL_FONT).length})`);
}
