import { Fragment } from "react";
import { formatInstant } from "@/lib/domain/time";

export interface SourceItem {
  id: number;
  url: string;
  publisher: string;
  title: string;
  publishedOn: Date | null;
}

/** The sources behind a record: every fact on Parley shows where it comes from. */
export function SourceList({ sources, heading = "Sources" }: { sources: SourceItem[]; heading?: string }) {
  if (sources.length === 0) {
    return <p className="text-sm text-amber-800 dark:text-amber-300">No source recorded for this item yet.</p>;
  }
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
        {heading}
      </h3>
      <ol className="space-y-1 text-sm">
        {sources.map((source) => (
          <li key={source.id} className="leading-snug">
            <a
              href={source.url}
              className="font-medium text-blue-800 underline hover:no-underline dark:text-blue-300"
              rel="noopener noreferrer"
            >
              {source.title}
            </a>
            <span className="muted">
              {" "}
              — {source.publisher}
              {source.publishedOn ? `, ${formatInstant(source.publishedOn, "UTC", "DAY")}` : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "Source: Mondaq, Fredrikson" — compact links for a line of small print (underlined by `.entry-links`). */
export function SourceLinks({ sources }: { sources: { url: string; publisher: string }[] }) {
  return (
    <span>
      {sources.length === 1 ? "Source: " : "Sources: "}
      {sources.map((source, i) => (
        <Fragment key={i}>
          {i > 0 ? ", " : null}
          <a href={source.url} rel="noopener noreferrer">
            {source.publisher}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
