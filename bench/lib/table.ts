export interface Row {
  measure: string;
  subject: string;
  parley: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | undefined;
}

const HEADER = ["Measure", "Subject", "Parley", "Baseline (same run)", "Ratio", "Target", "Met"];

const cell = (text: string) => text.replaceAll("|", "\\|");

/** One Markdown table: it prints readably in a terminal and pastes into the README as it is. */
export function markdownTable(rows: Row[]): string {
  const lines = rows.map((row) =>
    [
      row.measure,
      row.subject,
      row.parley,
      row.baseline,
      row.ratio,
      row.target,
      row.met === undefined ? "" : row.met ? "✓" : "✗",
    ].map(cell),
  );
  const widths = HEADER.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((text, i) => text.padEnd(widths[i]!)).join(" | ")} |`;
  return [format(HEADER), format(widths.map((width) => "-".repeat(width))), ...lines.map(format)].join("\n");
}

export const integer = (value: number) => Math.round(value).toLocaleString("en-US");
export const ms = (value: number) => (value < 10 ? value.toFixed(1) : integer(value));
export const times = (value: number) => `${value.toFixed(2)}×`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
