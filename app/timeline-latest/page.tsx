import type { Metadata } from "next";
import { TimelineHeader, TIMELINE_DESCRIPTION } from "@/app/timeline/_components/timeline-header";
import { TimelineView } from "@/app/timeline/_components/timeline-view";
import { parseTimelineFilters } from "@/lib/schemas/timeline-filters";

// /timeline with no filter and no page number, where news links land (next.config.ts rewrites it
// here): static, re-rendered when an editor's change touches it. Filtered views are ../timeline.
export const ensureStatic = "navigation";

export const metadata: Metadata = { title: "Timeline", description: TIMELINE_DESCRIPTION };

export default function LatestTimelinePage() {
  return (
    <>
      <TimelineHeader />
      <TimelineView filters={parseTimelineFilters({})} />
    </>
  );
}
