import { FollowLinks } from "@/components/follow-links";
import { PageTitle } from "@/components/page-title";
import { DOWNLOADS, SITE_CALENDAR_PATH, siteFeedPath } from "@/lib/outputs/public-paths";

export const TIMELINE_DESCRIPTION =
  "Every US–China negotiation round, leaders' meeting, call, executive order and ruling, in order, with sources.";

export function TimelineHeader() {
  return (
    <>
      <PageTitle lead="Every round, leaders' meeting and call, and the orders, rulings and statements between them — newest first. Filter by issue, participant, kind or year; the address of a filtered view can be shared.">
        Timeline
      </PageTitle>
      <div className="mb-6">
        <FollowLinks
          label="Follow the timeline"
          feedPath={siteFeedPath("atom")}
          calendarPath={SITE_CALENDAR_PATH}
          csvPath={DOWNLOADS.timeline.path}
        />
      </div>
    </>
  );
}
