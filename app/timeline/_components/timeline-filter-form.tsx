"use client";

import Link from "@/components/link";
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import { loadsFromServer } from "@/components/in-app-navigation";

export interface FilterOptions {
  issues: { slug: string; title: string }[];
  /** Participants grouped under their side's label. */
  sides: { label: string; participants: { slug: string; name: string }[] }[];
  kinds: { value: string; label: string }[];
  years: number[];
}

export interface FilterValues {
  issue?: string;
  participant?: string;
  kind?: string;
  year?: number;
}

/**
 * A GET form, so the filters live in the URL and work before any script loads; once it has
 * loaded, it leaves unset filters out of the address, which keeps shared links short.
 */
export function TimelineFilterForm({ filters, options }: { filters: FilterValues; options: FilterOptions }) {
  const router = useRouter();

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") query.set(name, value);
    }
    const search = query.toString();
    const href = search ? `/timeline?${search}` : "/timeline";
    if (loadsFromServer(href)) window.location.assign(href);
    else router.push(href);
  }

  return (
    <form
      action="/timeline"
      method="get"
      onSubmit={applyFilters}
      className="space-y-3 self-start rounded-xl border border-stone-200 bg-white p-4 lg:sticky lg:top-4 dark:border-stone-800 dark:bg-stone-900"
      aria-label="Filter the timeline"
    >
      <FilterSelect name="issue" label="Issue" anyLabel="All issues" value={filters.issue}>
        {options.issues.map((issue) => (
          <option key={issue.slug} value={issue.slug}>
            {issue.title}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="participant" label="Participant" anyLabel="Anyone" value={filters.participant}>
        {options.sides.map((side) => (
          <optgroup key={side.label} label={side.label}>
            {side.participants.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </optgroup>
        ))}
      </FilterSelect>
      <p className="muted -mt-2 text-xs">
        Lists the people in the most rounds; everyone on{" "}
        <Link href="/participants" className="underline">
          Participants
        </Link>{" "}
        links to their own entries.
      </p>
      <FilterSelect name="kind" label="Kind" anyLabel="All kinds" value={filters.kind}>
        {options.kinds.map((kind) => (
          <option key={kind.value} value={kind.value}>
            {kind.label}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="year" label="Year" anyLabel="All years" value={filters.year}>
        {options.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </FilterSelect>
      <div className="flex items-center gap-3 pt-1">
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          Apply filters
        </button>
        <Link href="/timeline" className="text-sm underline">
          Reset
        </Link>
      </div>
    </form>
  );
}

function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  children,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value?: string | number;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}
