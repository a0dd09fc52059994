import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

/**
 * A table of records in a bordered frame that scrolls sideways on a narrow screen, with a caption
 * for screen readers and a header row; the rows are the children.
 */
export function DataTable({
  caption,
  columns,
  children,
  className = "",
  testId,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table className={`w-full text-left text-sm ${className}`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-100 dark:border-stone-800 dark:bg-stone-800">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`p-3 font-semibold ${column.numeric ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">{children}</tbody>
      </table>
    </div>
  );
}
