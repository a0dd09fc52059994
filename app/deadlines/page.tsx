import type { Metadata } from "next";
import { Suspense } from "react";
import { AtRenderInstant } from "@/components/at-render-instant";
import { FollowLinks } from "@/components/follow-links";
import { DeadlineCard } from "@/components/deadline-card";
import { PageTitle } from "@/components/page-title";
import { SectionHeading } from "@/components/ui/card";
import { upcomingDeadlines } from "@/lib/domain/deadline-status";
import { DOWNLOADS, SITE_CALENDAR_PATH } from "@/lib/outputs/public-paths";
import { listDeadlines, type DeadlineListItem } from "@/lib/queries/deadlines";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Deadlines",
  description: "Live countdowns to the deadlines that drive the US–China talks — tariff truces, suspensions, the TikTok divest-or-ban chain — and how each past one ended.",
};

export default async function DeadlinesPage() {
  const deadlines = await listDeadlines();
  return (
    <>
      <PageTitle lead="Each deadline in the time zone it was set in — US orders at 12:01 a.m. Eastern, China's in Beijing time — counting down live. Past deadlines show how they ended; an extension starts a new deadline in the same chain.">
        Deadlines
      </PageTitle>
      <div className="mb-6">
        <FollowLinks label="Follow the deadlines" calendarPath={SITE_CALENDAR_PATH} csvPath={DOWNLOADS.deadlines.path} />
      </div>
      <Suspense fallback={<DeadlinesSkeleton />}>
        <AtRenderInstant render={(now) => <DeadlineSections deadlines={deadlines} now={now} />} />
      </Suspense>
    </>
  );
}

function DeadlineSections({ deadlines, now }: { deadlines: DeadlineListItem[]; now: number }) {
  const upcoming = upcomingDeadlines(deadlines, now);
  const past = deadlines.filter((d) => !upcoming.includes(d)).sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
  return (
    <div className="space-y-10">
      <section aria-labelledby="upcoming-heading">
        <SectionHeading id="upcoming-heading">Upcoming</SectionHeading>
        {upcoming.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">No deadline is pending right now.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-testid="upcoming-deadlines">
            {upcoming.map((deadline) => (
              <li key={deadline.slug}><DeadlineCard deadline={deadline} now={now} /></li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <SectionHeading id="past-heading">Passed, extended and resolved</SectionHeading>
        {past.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">None yet.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-testid="past-deadlines">
            {past.map((deadline) => (
              <li key={deadline.slug}><DeadlineCard deadline={deadline} now={now} /></li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function DeadlinesSkeleton() {
  return (
    <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" role="status" aria-busy="true" aria-label="Loading deadlines">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-48 animate-pulse rounded-xl bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
