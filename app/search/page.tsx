import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { highlightedParts } from "@/lib/domain/search-query";
import { search, type SearchKind } from "@/lib/queries/search";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const KIND_LABELS: Record<SearchKind, string> = {
  round: "Round",
  update: "Update",
  issue: "Issue",
  participant: "Participant",
};

export default function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <PageTitle lead="Rounds, updates, issues and participants: names, places, venues and what was said.">
        Search
      </PageTitle>
      <Suspense fallback={<p className="text-stone-500">Searching…</p>}>
        <Results searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Results({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const hits = q.trim() ? await search(q) : [];
  return (
    <div className="space-y-4">
      <form action="/search" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search Parley
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
        >
          Search
        </button>
      </form>
      {q.trim() === "" ? null : hits.length === 0 ? (
        <p data-testid="search-count">
          Nothing found for “{q}”. Try fewer or other words — a venue, a city, a person, an order number.
        </p>
      ) : (
        <>
          <p data-testid="search-count" aria-live="polite">
            {hits.length} result{hits.length === 1 ? "" : "s"} for “{q}”
          </p>
          <ol className="space-y-3" data-testid="search-results">
            {hits.map((hit) => (
              <li
                key={`${hit.kind}-${hit.slug}`}
                className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
              >
                <p className="flex items-center gap-2">
                  <Badge>{KIND_LABELS[hit.kind]}</Badge>
                  <Link href={hit.href} className="font-semibold underline">
                    <Highlighted text={hit.title} />
                  </Link>
                </p>
                {hit.snippet ? (
                  <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                    <Highlighted text={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function Highlighted({ text }: { text: string }) {
  return highlightedParts(text).map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-700 dark:text-white">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
