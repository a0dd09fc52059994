/** Marks around a match in search results; never HTML, so stored text cannot inject markup. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/** The words of a reader's query (letters and digits only, at most 12): all the search engines see. */
export function searchWords(input: string): string[] {
  return (
    input
      .normalize("NFKC")
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? []
  );
}

/**
 * A reader's words as an FTS5 query: each word quoted (so operators and punctuation are just
 * text), all required, the last one also matching as a prefix while the reader is still typing.
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** Splits highlighted text into plain and matched parts, for rendering with <mark>. */
export function highlightedParts(text: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, "g");
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? "", match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "") }));
}
