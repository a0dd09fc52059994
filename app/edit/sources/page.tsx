import Form from "next/form";
import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { formatInstant } from "@/lib/domain/time";
import { SOURCES_PAGE_SIZE, sourcesForEditing } from "@/lib/queries/editor-records";

export const metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function EditSourcesPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 200);
  const page = Math.max(1, Math.trunc(Number(first(params.page))) || 1);
  const { rows, total } = await sourcesForEditing({ query, page });
  const pages = Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE));
  const pageHref = (n: number) =>
    `/edit/sources?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <>
      <PageTitle lead="The publications behind every fact. A correction here shows wherever the source is cited.">
        Sources
      </PageTitle>
      <p className="mb-4">
        <Link
          href="/edit/sources/new"
          className="rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white no-underline dark:bg-stone-100 dark:text-stone-900"
        >
          Add a source
        </Link>
      </p>
      <Form
        action="/edit/sources"
        role="search"
        aria-label="Filter sources"
        className="mb-4 flex flex-wrap items-end gap-2"
      >
        <div className="min-w-0 grow">
          <label htmlFor="sources-q" className="text-sm font-medium">
            Filter
          </label>
          <p id="sources-q-hint" className="text-xs text-stone-600 dark:text-stone-400">
            Words from the address, publisher or title.
          </p>
          <input
            key={query}
            id="sources-q"
            name="q"
            type="search"
            defaultValue={query}
            aria-describedby="sources-q-hint"
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <button
          type="submit"
          className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800"
        >
          Filter
        </button>
        {query ? (
          <Link href="/edit/sources" className="px-2 py-2 text-sm underline">
            Clear
          </Link>
        ) : null}
      </Form>
      <p className="mb-2 text-sm text-stone-600 dark:text-stone-400" role="status">
        {total === 0
          ? query
            ? `No source matches “${query}”.`
            : "No sources yet."
          : `${total} ${total === 1 ? "source" : "sources"}${query ? ` matching “${query}”` : ""}${pages > 1 ? ` · page ${page} of ${pages}` : ""}`}
      </p>
      {rows.length > 0 ? (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {rows.map((s) => (
            <li key={s.id} className="p-3">
              <Link href={`/edit/sources/${s.id}`} className="font-medium underline">
                {s.title}
              </Link>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {s.publisher}
                {s.publishedOn ? ` · ${formatInstant(s.publishedOn, "UTC", "DAY")}` : null}
              </p>
              <p className="text-xs break-all text-stone-500 dark:text-stone-400">{s.url}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Pages of sources" className="mt-4 flex gap-4 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="underline">
              Previous page
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
