import Link from "@/components/link";
import { Markdown } from "@/components/markdown";
import { SourceLinks } from "@/components/source-list";
import { RoundStatusBadge, UnverifiedFlag } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { ROUND_KIND_LABELS, UPDATE_KIND_LABELS } from "@/lib/domain/labels";
import { formatDaySpan, yearInZone } from "@/lib/domain/time";
import type { RoundKind, RoundStatus, UpdateKind } from "@/lib/generated/prisma/enums";
import type { TimelineEntry } from "@/lib/queries/timeline";

function kindLabel(entry: TimelineEntry): string {
  return entry.type === "round"
    ? ROUND_KIND_LABELS[entry.kind as RoundKind]
    : UPDATE_KIND_LABELS[entry.kind as UpdateKind];
}

function groupByYear(entries: TimelineEntry[]): [number, TimelineEntry[]][] {
  const groups = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    const year = yearInZone(entry.at, entry.timeZone);
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups];
}

export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 p-6 text-stone-700 dark:border-stone-700 dark:text-stone-300">
        Nothing on the timeline matches these filters. Try another issue or year, or{" "}
        <Link href="/timeline" className="underline">
          see everything
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-8">
      {groupByYear(entries).map(([year, group]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="mb-3 text-lg font-bold text-stone-700 dark:text-stone-300">
            {year}
          </h2>
          <ol className="timeline" data-testid="timeline">
            {group.map((entry) => (
              <TimelineItem key={`${entry.type}-${entry.slug}`} entry={entry} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const isRound = entry.type === "round";
  return (
    <li
      className={isRound ? "round" : undefined}
      id={isRound ? undefined : `update-${entry.slug}`}
      data-testid={isRound ? "timeline-round" : "timeline-update"}
    >
      <div className="entry-meta">
        <time dateTime={entry.at.toISOString()}>
          {formatDaySpan(entry.at, entry.endsAt ?? entry.at, entry.timeZone)}
        </time>
        <Badge tone={isRound ? "amber" : "neutral"}>{kindLabel(entry)}</Badge>
        {entry.status && entry.status !== "CONCLUDED" ? (
          <RoundStatusBadge status={entry.status as RoundStatus} />
        ) : null}
        {entry.unverified ? <UnverifiedFlag /> : null}
        {entry.place ? <span>{entry.place}</span> : null}
      </div>
      <h3>{isRound ? <Link href={`/rounds/${entry.slug}`}>{entry.title}</Link> : entry.title}</h3>
      {isRound ? <p className="body-text">{entry.text}</p> : <Markdown className="body-text">{entry.text}</Markdown>}
      <p className="entry-links">
        {entry.issues.map((issue) => (
          <Link key={issue.slug} href={`/issues/${issue.slug}`}>
            {issue.title}
          </Link>
        ))}
        {!isRound && entry.roundSlug ? <Link href={`/rounds/${entry.roundSlug}`}>The round</Link> : null}
        {isRound ? (
          <span>{`${entry.sourceCount} ${entry.sourceCount === 1 ? "source" : "sources"} on the round's page`}</span>
        ) : (
          <SourceLinks sources={entry.sources} />
        )}
      </p>
    </li>
  );
}

export function TimelineSkeleton() {
  return (
    <div
      className="grid gap-6 lg:grid-cols-[16rem_1fr]"
      role="status"
      aria-busy="true"
      aria-label="Loading the timeline"
    >
      <div className="h-80 animate-pulse rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="space-y-4">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-stone-200 dark:bg-stone-800" />
        ))}
      </div>
    </div>
  );
}
