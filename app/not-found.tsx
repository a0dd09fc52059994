import Link from "@/components/link";
import { SECTIONS } from "@/components/site-header";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-amber-700 uppercase dark:text-amber-400">
        404 — not found
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">There is no such page on Parley</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        The round, issue, deadline or person you followed a link to is not in the tracker — it may have been renamed, or
        the address may be mistyped. Everything we track is reachable from these pages:
      </p>
      <ul className="mt-6 flex flex-wrap justify-center gap-3">
        <li>
          <Link href="/" className="underline">
            Home
          </Link>
        </li>
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link href={section.href} className="underline">
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
