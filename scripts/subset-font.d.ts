declare module "subset-font" {
  /** Subsets a font to the glyphs of `text` with harfbuzz (variation axes kept). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: "woff2" | "woff" | "truetype" | "sfnt" },
  ): Promise<Buffer>;
}
