import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { AtRenderInstant } from "@/components/at-render-instant";
import { FollowLinks } from "@/components/follow-links";
import { PageTitle } from "@/components/page-title";
import { SourceList } from "@/components/source-list";
import { DeadlineStateBadge, IssueStatusBadge, RoundStatusBadge, UnverifiedFlag } from "@/components/status-badges";
import { Card, SectionHeading } from "@/components/ui/card";
import { deadlineState } from "@/lib/domain/deadline-status";
import { UPDATE_KIND_LABELS } from "@/lib/domain/labels";
import { formatDaySpan, formatInstant } from "@/lib/domain/time";
import { feedAlternates, issueCalendarPath, issueFeedPath } from "@/lib/outputs/public-paths";
import { getIssue, listIssueSlugs, type IssueDetail } from "@/lib/queries/issues";

// Static (a build error otherwise); an unknown slug waits for its render, so it gets a real 404.
export const ensureStatic = "navigation";

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return listIssueSlugs();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const issue = await getIssue((await params).slug);
  return issue
    ? {
        title: issue.title,
        description: issue.summary,
        alternates: feedAlternates({ slug: issue.slug, title: issue.title }),
      }
    : { title: "Issue not found" };
}

export default async function IssuePage({ params }: { params: Params }) {
  const { slug } = await params;
  const issue = await getIssue(slug);
  if (!issue) notFound();

  return (
    <article className="space-y-8">
      <PageTitle
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <Link href="/issues" className="underline">
              Issue tracker
            </Link>
            <IssueStatusBadge status={issue.status} />
            {issue.unverified ? <UnverifiedFlag caveat={issue.caveat} /> : null}
          </span>
        }
        lead={issue.summary}
      >
        {issue.title}
      </PageTitle>
      <div className="-mt-4">
        <FollowLinks
          label={`Follow ${issue.title}`}
          feedPath={issueFeedPath(issue.slug, "atom")}
          calendarPath={issueCalendarPath(issue.slug)}
        />
      </div>

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="history-heading">
          <SectionHeading id="history-heading">Status history</SectionHeading>
          <StatusHistory changes={issue.statusChanges} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="deadlines-heading">
            <SectionHeading id="deadlines-heading">Deadlines</SectionHeading>
            <AtRenderInstant render={(now) => <IssueDeadlines deadlines={issue.deadlines} now={now} />} />
          </section>
          <section aria-labelledby="rounds-heading">
            <SectionHeading
              id="rounds-heading"
              action={
                <Link href={`/timeline?issue=${issue.slug}`} className="text-sm underline">
                  On the timeline
                </Link>
              }
            >
              Rounds where it was discussed
            </SectionHeading>
            {issue.rounds.length === 0 ? (
              <p className="muted">No rounds recorded for this issue.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {issue.rounds.map((round) => (
                  <li key={round.slug} className="flex flex-wrap items-center gap-2">
                    <Link href={`/rounds/${round.slug}`} className="font-medium underline">
                      {round.title}
                    </Link>
                    <span className="muted">{formatDaySpan(round.startsAt, round.endsAt, round.timeZone)}</span>
                    {round.status !== "CONCLUDED" ? <RoundStatusBadge status={round.status} /> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {issue.updates.length > 0 ? (
            <section aria-labelledby="updates-heading">
              <SectionHeading id="updates-heading">Latest updates</SectionHeading>
              <ul className="space-y-2 text-sm">
                {issue.updates.map((update) => (
                  <li key={update.slug}>
                    <span className="muted">
                      {formatInstant(update.occurredAt, update.timeZone, "DAY")} · {UPDATE_KIND_LABELS[update.kind]}
                      :{" "}
                    </span>
                    <Link href={`/timeline?issue=${issue.slug}#update-${update.slug}`} className="underline">
                      {update.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      {issue.sources.length > 0 ? (
        <Card>
          <SourceList sources={issue.sources} heading="Sources on this issue" />
        </Card>
      ) : null}
    </article>
  );
}

function StatusHistory({ changes }: { changes: IssueDetail["statusChanges"] }) {
  if (changes.length === 0) return <p className="muted">No status changes recorded yet.</p>;
  return (
    <ol
      className="relative space-y-6 border-l-2 border-stone-300 pl-5 dark:border-stone-700"
      data-testid="status-history"
    >
      {[...changes].reverse().map((change) => (
        <li key={change.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.72rem] h-3 w-3 rounded-full bg-amber-500 ring-4 ring-stone-50 dark:ring-stone-950"
          />
          <p className="muted text-sm">
            <time dateTime={change.changedAt.toISOString()}>
              {formatInstant(change.changedAt, change.timeZone, "DAY")}
            </time>
            {change.round ? (
              <>
                {" · "}
                <Link href={`/rounds/${change.round.slug}`} className="underline">
                  {change.round.title}
                </Link>
              </>
            ) : null}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            {change.fromStatus ? (
              <>
                <IssueStatusBadge status={change.fromStatus} />
                <span aria-label="changed to">→</span>
              </>
            ) : (
              <span className="muted">Tracked as</span>
            )}
            <IssueStatusBadge status={change.toStatus} />
          </p>
          <p className="mt-1">{change.note}</p>
          <div className="mt-2">
            <SourceList sources={change.sources} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function IssueDeadlines({ deadlines, now }: { deadlines: IssueDetail["deadlines"]; now: number }) {
  if (deadlines.length === 0) return <p className="muted">No deadlines recorded for this issue.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {deadlines.map((deadline) => (
        <li key={deadline.slug} className="flex flex-wrap items-center gap-2">
          <DeadlineStateBadge state={deadlineState(deadline, now)} />
          <Link href={`/deadlines/${deadline.slug}`} className="font-medium underline">
            {deadline.title}
          </Link>
          <span className="muted">{formatInstant(deadline.dueAt, deadline.timeZone, deadline.timePrecision)}</span>
        </li>
      ))}
    </ul>
  );
}
