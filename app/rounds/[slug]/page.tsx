import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { Delegations } from "./delegations";
import { ExpectationsTable } from "./expectations-table";
import { LocalTime } from "@/components/local-time";
import { PageTitle } from "@/components/page-title";
import { roundDates, roundPlace } from "@/components/round-summary";
import { SourceList } from "@/components/source-list";
import { IssueStatusBadge, RoundStatusBadge, UnverifiedFlag } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { Card, SectionHeading } from "@/components/ui/card";
import { UpdateList } from "@/components/update-list";
import { ROUND_KIND_LABELS } from "@/lib/domain/labels";
import { zoneName } from "@/lib/domain/time";
import { describeTally, tallyExpectations } from "@/lib/domain/precedent";
import { roundExpectationRecords } from "@/lib/queries/precedent";
import { getRound, listRoundSlugs } from "@/lib/queries/rounds";
import { timelineKindForRound } from "@/lib/schemas/timeline-filters";

// Static (a build error otherwise); an unknown slug waits for its render, so it gets a real 404.
export const ensureStatic = "navigation";

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return listRoundSlugs();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const round = await getRound((await params).slug);
  return round ? { title: round.title, description: round.summary } : { title: "Round not found" };
}

export default async function RoundPage({ params }: { params: Params }) {
  const [round, expectationRecords] = await Promise.all([getRound((await params).slug), roundExpectationRecords()]);
  if (!round) notFound();
  const allRounds = tallyExpectations(expectationRecords.flatMap((r) => r.expectations.map((e) => e.assessment)));
  const place = roundPlace(round);

  return (
    <article className="space-y-8">
      <PageTitle
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/timeline?kind=${timelineKindForRound(round.kind)}`} className="underline">
              {ROUND_KIND_LABELS[round.kind]}
            </Link>
            {round.sequence ? <Badge>Round {round.sequence}</Badge> : null}
            <RoundStatusBadge status={round.status} />
            {round.unverified ? <UnverifiedFlag caveat={round.caveat} /> : null}
          </span>
        }
        lead={round.summary}
      >
        {round.title}
      </PageTitle>

      {round.caveat ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <strong>Caveat:</strong> {round.caveat}
        </p>
      ) : null}

      <Card>
        <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="font-semibold">When ({zoneName(round.timeZone)})</dt>
            <dd>
              <time dateTime={round.startsAt.toISOString()}>{roundDates(round)}</time>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">In your time zone</dt>
            <dd>
              <LocalTime start={round.startsAt.toISOString()} end={round.endsAt.toISOString()} />
              {round.timePrecision === "DAY" ? (
                <span className="muted block text-xs">The venue&apos;s calendar days; hours not reported.</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Where</dt>
            <dd>{place ?? "Not reported"}</dd>
          </div>
          <div>
            <dt className="font-semibold">Length</dt>
            <dd>{round.lengthNote ?? "Not reported"}</dd>
          </div>
        </dl>
      </Card>

      <section aria-labelledby="delegations-heading">
        <SectionHeading id="delegations-heading">Who was in the room</SectionHeading>
        <Delegations participations={round.participations} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="outcome-heading">
          <SectionHeading id="outcome-heading">Outcome</SectionHeading>
          <Card>
            <p>
              {round.outcome ??
                (round.status === "SCHEDULED" ? "Not yet: the round has not taken place." : "No outcome recorded.")}
            </p>
          </Card>
        </section>
        <section aria-labelledby="issues-heading">
          <SectionHeading id="issues-heading">Issues discussed</SectionHeading>
          {round.issues.length === 0 ? (
            <p className="muted">No issues recorded for this round.</p>
          ) : (
            <ul className="space-y-2">
              {round.issues.map((issue) => (
                <li
                  key={issue.slug}
                  className="flex items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white px-3 py-2 dark:border-stone-800 dark:bg-stone-900"
                >
                  <Link href={`/issues/${issue.slug}`} className="font-medium underline">
                    {issue.title}
                  </Link>
                  <IssueStatusBadge status={issue.status} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {round.expectations.length > 0 ? (
        <section aria-labelledby="expectations-heading">
          <SectionHeading id="expectations-heading">Expectations against the outcome</SectionHeading>
          <p className="mb-3 text-stone-800 dark:text-stone-200" data-testid="round-expectations-record">
            <span className="font-semibold">This round: </span>
            {describeTally(tallyExpectations(round.expectations.map((e) => e.assessment)))}{" "}
            <span className="muted">
              Across every round Parley records: {describeTally(allRounds).replace(/^O/, "o")}{" "}
              <Link href="/track-record" className="underline">
                Track record
              </Link>
            </span>
          </p>
          <ExpectationsTable expectations={round.expectations} />
        </section>
      ) : null}

      {round.updates.length > 0 ? (
        <section aria-labelledby="updates-heading">
          <SectionHeading id="updates-heading">Updates</SectionHeading>
          <Card>
            <UpdateList updates={round.updates.map((u) => ({ ...u, unverified: false, round: null }))} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="sr-only">
          Sources
        </h2>
        <Card>
          <SourceList sources={round.sources} heading="Sources for this round" />
        </Card>
      </section>
    </article>
  );
}
