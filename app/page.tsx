import Link from "@/components/link";
import { FeaturedDeadlines } from "./_components/featured-deadlines";
import { UPCOMING_SHOWN, WhatComesNext } from "./_components/what-comes-next";
import { AtRenderInstant } from "@/components/at-render-instant";
import { IssueBoard } from "@/components/issue-board";
import { RoundSummary } from "@/components/round-summary";
import { RoundsAtAGlance } from "@/components/rounds-at-a-glance";
import { Card, SectionHeading } from "@/components/ui/card";
import { UpdateList } from "@/components/update-list";
import { listOpenDeadlines } from "@/lib/queries/deadlines";
import { listIssues } from "@/lib/queries/issues";
import { precedentLinks } from "@/lib/queries/precedent";
import { latestAndNextRound, roundsAtAGlance, upcomingRounds } from "@/lib/queries/rounds";
import { latestUpdates } from "@/lib/queries/updates";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

/** Rounds the home page lists in brief; the timeline lists them all. */
const HOME_ROUNDS = 16;

export default async function HomePage() {
  const [openDeadlines, links, rounds, glance, upcoming, issues, updates] = await Promise.all([
    listOpenDeadlines(),
    precedentLinks(),
    latestAndNextRound(),
    roundsAtAGlance(HOME_ROUNDS),
    upcomingRounds(UPCOMING_SHOWN),
    listIssues(),
    latestUpdates(),
  ]);

  return (
    <div className="space-y-10">
      <h1 className="sr-only">Parley: the US–China trade negotiations</h1>
      <section aria-labelledby="next-deadline-heading">
        <SectionHeading
          id="next-deadline-heading"
          action={
            <Link href="/deadlines" className="text-sm underline">
              All deadlines
            </Link>
          }
        >
          Next deadline
        </SectionHeading>
        <AtRenderInstant render={(now) => <FeaturedDeadlines deadlines={openDeadlines} links={links} now={now} />} />
      </section>

      <section aria-labelledby="next-heading">
        <SectionHeading
          id="next-heading"
          action={
            <Link href="/track-record" className="text-sm underline">
              What precedent says
            </Link>
          }
        >
          What comes next
        </SectionHeading>
        <AtRenderInstant render={(now) => <WhatComesNext rounds={upcoming} deadlines={openDeadlines} now={now} />} />
      </section>

      <section aria-labelledby="rounds-heading">
        <SectionHeading
          id="rounds-heading"
          action={
            <Link href="/timeline" className="text-sm underline">
              The whole timeline
            </Link>
          }
        >
          {glance.total > glance.rounds.length
            ? `How we got here: the latest ${glance.rounds.length} of ${glance.total} rounds`
            : "How we got here: every round"}
        </SectionHeading>
        <RoundsAtAGlance rounds={glance.rounds} compact />
      </section>

      <div className="grid gap-8 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby="latest-round-heading">
          <SectionHeading
            id="latest-round-heading"
            action={
              <Link href="/timeline" className="text-sm underline">
                Timeline
              </Link>
            }
          >
            Latest round
          </SectionHeading>
          <div className="space-y-4">
            {rounds.next ? (
              <Card>
                <p className="mb-2 text-xs font-semibold tracking-wide text-blue-800 uppercase dark:text-blue-300">
                  Coming up
                </p>
                <RoundSummary round={rounds.next} />
              </Card>
            ) : null}
            {rounds.latest ? (
              <Card>
                <RoundSummary round={rounds.latest} />
                {rounds.latest.outcome ? (
                  <p className="mt-3 border-t border-stone-200 pt-3 text-sm dark:border-stone-800">
                    <span className="font-semibold">Outcome: </span>
                    {rounds.latest.outcome}
                  </p>
                ) : null}
              </Card>
            ) : (
              <p className="muted">No rounds recorded yet.</p>
            )}
          </div>
        </section>

        <section aria-labelledby="issues-heading">
          <SectionHeading
            id="issues-heading"
            action={
              <Link href="/issues" className="text-sm underline">
                Issue tracker
              </Link>
            }
          >
            Where the issues stand
          </SectionHeading>
          <IssueBoard issues={issues} />
        </section>
      </div>

      <section aria-labelledby="updates-heading">
        <SectionHeading
          id="updates-heading"
          action={
            <Link href="/timeline?kind=executive-order" className="text-sm underline">
              More on the timeline
            </Link>
          }
        >
          Latest updates
        </SectionHeading>
        <Card>
          <UpdateList updates={updates} />
        </Card>
      </section>
    </div>
  );
}
