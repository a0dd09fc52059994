/** A cell as it goes into a CSV file: null and undefined become empty cells. */
export type CsvCell = string | number | boolean | Date | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: CsvCell): string {
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

/** A CSV document with a header row, records separated by CRLF (RFC 4180), ending with CRLF. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [
    columns.map((c) => csvField(c.header)),
    ...rows.map((row) => columns.map((c) => csvField(c.value(row)))),
  ];
  return lines.map((fields) => fields.join(",")).join("\r\n") + "\r\n";
}

/** Several URLs in one cell, separated by spaces (a URL cannot contain one). */
export const joinUrls = (sources: readonly { url: string }[]) => sources.map((s) => s.url).join(" ");
