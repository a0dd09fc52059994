// Hand-written because the feed library takes entry HTML and titles as HTML, escaping nothing in them.

/** Text made safe inside HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
