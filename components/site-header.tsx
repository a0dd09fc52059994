import Link from "@/components/link";

export const SECTIONS = [
  { href: "/timeline", label: "Timeline" },
  { href: "/issues", label: "Issues" },
  { href: "/deadlines", label: "Deadlines" },
  { href: "/track-record", label: "Track record" },
  { href: "/tariffs", label: "Tariffs" },
  { href: "/participants", label: "Participants" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-amber-300 focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span className="text-xl font-bold tracking-tight">Parley</span>
          <span className="hidden text-sm text-stone-600 sm:inline dark:text-stone-400">
            US–China trade talks, tracked and sourced
          </span>
        </Link>
        <nav aria-label="Sections">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm font-medium">
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className="nav-link">
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/search" role="search" className="flex w-full gap-1 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search Parley
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search rounds, people, venues…"
            className="w-full min-w-0 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm sm:w-56 dark:border-stone-600 dark:bg-stone-900"
          />
          <button
            type="submit"
            className="rounded-md border border-stone-300 px-2.5 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Search
          </button>
        </form>
      </div>
    </header>
  );
}
