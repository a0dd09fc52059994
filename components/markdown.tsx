import { markdownToHtml } from "@/lib/outputs/markdown-html";

// Bodies repeat across pages and renders; converting each once keeps a filtered timeline cheap.
const converted = new Map<string, string>();
const CONVERTED_LIMIT = 5000;

function siteHtml(markdown: string): string {
  let html = converted.get(markdown);
  if (html === undefined) {
    html = markdownToHtml(markdown).replaceAll("<a href=", '<a rel="noopener noreferrer nofollow" href=');
    if (converted.size >= CONVERTED_LIMIT) converted.delete(converted.keys().next().value!);
    converted.set(markdown, html);
  }
  return html;
}

/**
 * Editors' markdown, rendered on the server under the same rules as the feeds: raw HTML shows as
 * text, unsafe links and images are dropped. One HTML string is cheap to render and to carry in the
 * page's payload, where a tree of elements per paragraph was neither.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div
      className={className ? `markdown ${className}` : "markdown"}
      dangerouslySetInnerHTML={{ __html: siteHtml(children) }}
    />
  );
}
