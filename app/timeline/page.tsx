import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { TimelineFilterForm, type FilterOptions } from "./_components/timeline-filter-form";
import { TimelineList, TimelineSkeleton } from "./_components/timeline-list";
import { FollowLinks } from "@/components/follow-links";
import { PageTitle } from "@/components/page-title";
import { SIDE_LABELS } from "@/lib/domain/labels";
import { DOWNLOADS, SITE_CALENDAR_PATH, SITE_FEED_PATH } from "@/lib/outputs/public-paths";
import { parseTimelineFilters, timelineQuery, TIMELINE_KINDS } from "@/lib/schemas/timeline-filters";
import { timelineFilterOptions, timelinePage } from "@/lib/queries/timeline";

export const metadata: Metadata = {
  title: "Timeline",
  description: "Every US–China negotiation round, leaders' meeting, call, executive order and ruling, in order, with sources.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <PageTitle lead="Every round, leaders' meeting and call, and the orders, rulings and statements between them — newest first. Filter by issue, participant, kind or year; the address of a filtered view can be shared.">
        Timeline
      </PageTitle>
      <div className="mb-6">
        <FollowLinks label="Follow the timeline" feedPath={SITE_FEED_PATH} calendarPath={SITE_CALENDAR_PATH} csvPath={DOWNLOADS.timeline.path} />
      </div>
      <Suspense fallback={<TimelineSkeleton />}>
        <FilteredTimeline searchParams={searchParams} />
      </Suspense>
    </>
  );
}

function filterOptions(options: Awaited<ReturnType<typeof timelineFilterOptions>>): FilterOptions {
  const sides = [...new Set(options.participants.map((p) => p.side))];
  return {
    issues: options.issues,
    sides: sides.map((side) => ({ label: SIDE_LABELS[side], participants: options.participants.filter((p) => p.side === side) })),
    kinds: Object.entries(TIMELINE_KINDS).map(([value, kind]) => ({ value, label: kind.label })),
    years: options.years,
  };
}

async function FilteredTimeline({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseTimelineFilters(await searchParams);
  const [page, options] = await Promise.all([timelinePage(filters), timelineFilterOptions()]);
  const active = [
    filters.issue && options.issues.find((i) => i.slug === filters.issue)?.title,
    filters.participant && options.participants.find((p) => p.slug === filters.participant)?.name,
    filters.kind && TIMELINE_KINDS[filters.kind].label,
    filters.year,
  ].filter(Boolean);

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <TimelineFilterForm key={timelineQuery(filters)} filters={filters} options={filterOptions(options)} />
      <div>
        <p className="mb-4 text-sm text-stone-700 dark:text-stone-300" aria-live="polite" data-testid="timeline-count">
          {page.total} {page.total === 1 ? "entry" : "entries"}
          {active.length > 0 ? ` for ${active.join(" · ")}` : null}
          {active.length > 0 ? (
            <>
              {" · "}
              <Link href="/timeline" className="underline">
                Clear filters
              </Link>
            </>
          ) : null}
        </p>
        <TimelineList entries={page.entries} />
        <nav aria-label="Timeline pages" className="mt-6 flex justify-between text-sm">
          {filters.page > 1 ? (
            <Link href={`/timeline${timelineQuery({ ...filters, page: filters.page - 1 })}`} className="underline">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {page.hasMore ? (
            <Link href={`/timeline${timelineQuery({ ...filters, page: filters.page + 1 })}`} className="underline">
              Older →
            </Link>
          ) : null}
        </nav>
      </div>
    </div>
  );
}
