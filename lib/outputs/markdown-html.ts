import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/**
 * An editor's markdown as HTML for a feed, under the same rules as the site's <Markdown>: raw HTML
 * is shown as text, links with unsafe protocols are dropped (micromark's defaults), and no images.
 */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    .replace(/<img [^>]*>/g, "")
    .trim();
}
