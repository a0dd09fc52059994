import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { PageTitle } from "@/components/page-title";
import { SourceList } from "@/components/source-list";
import { RoundStatusBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { Card, SectionHeading } from "@/components/ui/card";
import { ROLE_LABELS, ROUND_KIND_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import { formatDaySpan } from "@/lib/domain/time";
import { getParticipant, listParticipantSlugs } from "@/lib/queries/participants";

// Static (a build error otherwise); an unknown slug waits for its render, so it gets a real 404.
export const ensureStatic = "navigation";

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return listParticipantSlugs();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const participant = await getParticipant((await params).slug);
  return participant
    ? { title: participant.name, description: `${participant.name}, ${participant.office}: the rounds attended.` }
    : { title: "Participant not found" };
}

export default async function ParticipantPage({ params }: { params: Params }) {
  const participant = await getParticipant((await params).slug);
  if (!participant) notFound();
  return (
    <article className="space-y-8">
      <PageTitle
        eyebrow={
          <span>
            <Link href="/participants" className="underline">
              Participants
            </Link>{" "}
            · {SIDE_LABELS[participant.side]}
          </span>
        }
        lead={participant.office}
      >
        {participant.name}
      </PageTitle>
      {participant.note ? <p>{participant.note}</p> : null}
      <section aria-labelledby="rounds-heading">
        <SectionHeading
          id="rounds-heading"
          action={
            <Link href={`/timeline?participant=${participant.slug}`} className="text-sm underline">
              On the timeline
            </Link>
          }
        >
          Rounds attended
        </SectionHeading>
        {participant.participations.length === 0 ? (
          <p className="muted">No rounds recorded.</p>
        ) : (
          <ol
            className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
            data-testid="participant-rounds"
          >
            {participant.participations.map(({ round, role, note }) => (
              <li key={round.slug} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div>
                  <Link href={`/rounds/${round.slug}`} className="font-semibold underline">
                    {round.title}
                  </Link>
                  <p className="muted text-sm">
                    {formatDaySpan(round.startsAt, round.endsAt, round.timeZone)} · {ROUND_KIND_LABELS[round.kind]}
                    {[round.city, round.country].some(Boolean)
                      ? ` · ${[round.city, round.country].filter(Boolean).join(", ")}`
                      : null}
                    {note ? ` · ${note}` : null}
                  </p>
                </div>
                <span className="flex gap-2">
                  {round.status !== "CONCLUDED" ? <RoundStatusBadge status={round.status} /> : null}
                  <Badge tone={role === "LEAD" ? "blue" : "neutral"}>{ROLE_LABELS[role]}</Badge>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      {participant.sources.length > 0 ? (
        <Card>
          <SourceList sources={participant.sources} />
        </Card>
      ) : null}
    </article>
  );
}
