import type { Metadata } from "next";
import { AtRenderInstant } from "@/components/at-render-instant";
import { FollowLinks } from "@/components/follow-links";
import { DeadlineCard } from "@/components/deadline-card";
import { PageTitle } from "@/components/page-title";
import { SectionHeading } from "@/components/ui/card";
import { upcomingDeadlines } from "@/lib/domain/deadline-status";
import { DOWNLOADS, SITE_CALENDAR_PATH } from "@/lib/outputs/public-paths";
import { deadlinePrecedent, type PrecedentLink } from "@/lib/domain/precedent";
import { listDeadlines, type DeadlineListItem } from "@/lib/queries/deadlines";
import { precedentLinks } from "@/lib/queries/precedent";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Deadlines",
  description:
    "Live countdowns to the deadlines that drive the US–China talks — tariff truces, suspensions, the TikTok divest-or-ban chain — and how each past one ended.",
};

export default async function DeadlinesPage() {
  const [deadlines, links] = await Promise.all([listDeadlines(), precedentLinks()]);
  return (
    <>
      <PageTitle lead="Each deadline in the time zone it was set in — US orders at 12:01 a.m. Eastern, China's in Beijing time — counting down live. Past deadlines show how they ended; an extension starts a new deadline in the same chain.">
        Deadlines
      </PageTitle>
      <div className="mb-6">
        <FollowLinks
          label="Follow the deadlines"
          calendarPath={SITE_CALENDAR_PATH}
          csvPath={DOWNLOADS.deadlines.path}
        />
      </div>
      <AtRenderInstant render={(now) => <DeadlineSections deadlines={deadlines} links={links} now={now} />} />
    </>
  );
}

function DeadlineSections({
  deadlines,
  links,
  now,
}: {
  deadlines: DeadlineListItem[];
  links: PrecedentLink[];
  now: number;
}) {
  const upcoming = upcomingDeadlines(deadlines, now);
  const past = deadlines.filter((d) => !upcoming.includes(d)).sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
  return (
    <div className="space-y-10">
      <section aria-labelledby="upcoming-heading">
        <SectionHeading id="upcoming-heading">Upcoming</SectionHeading>
        {upcoming.length === 0 ? (
          <p className="muted">No deadline is pending right now.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-testid="upcoming-deadlines">
            {upcoming.map((deadline) => (
              <li key={deadline.slug}>
                <DeadlineCard deadline={deadline} now={now} precedent={deadlinePrecedent(deadline, links, now)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <SectionHeading id="past-heading">Passed, extended and resolved</SectionHeading>
        {past.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-testid="past-deadlines">
            {past.map((deadline) => (
              <li key={deadline.slug}>
                <DeadlineCard deadline={deadline} now={now} precedent={deadlinePrecedent(deadline, links, now)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
