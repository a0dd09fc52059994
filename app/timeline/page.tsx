import type { Metadata } from "next";
import { Suspense } from "react";
import { TimelineHeader, TIMELINE_DESCRIPTION } from "./_components/timeline-header";
import { TimelineSkeleton } from "./_components/timeline-list";
import { TimelineView } from "./_components/timeline-view";
import { parseTimelineFilters } from "@/lib/schemas/timeline-filters";

// A filtered view or a later page of the timeline, rendered per request. Without filters,
// next.config.ts rewrites /timeline to the static ../timeline-latest.
export const metadata: Metadata = { title: "Timeline", description: TIMELINE_DESCRIPTION };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <TimelineHeader />
      <Suspense fallback={<TimelineSkeleton />}>
        <FilteredTimeline searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function FilteredTimeline({ searchParams }: { searchParams: SearchParams }) {
  return <TimelineView filters={parseTimelineFilters(await searchParams)} />;
}
