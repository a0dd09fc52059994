import Link from "@/components/link";
import { RoundStatusBadge, UnverifiedFlag } from "./status-badges";
import { Badge } from "./ui/badge";
import { ROUND_KIND_LABELS } from "@/lib/domain/labels";
import { formatDaySpan, formatInstant } from "@/lib/domain/time";
import type { RoundCard } from "@/lib/queries/rounds";

export function roundDates(round: Pick<RoundCard, "startsAt" | "endsAt" | "timeZone" | "timePrecision">): string {
  return round.timePrecision === "DAY"
    ? formatDaySpan(round.startsAt, round.endsAt, round.timeZone)
    : formatInstant(round.startsAt, round.timeZone, "MINUTE");
}

export function roundPlace(round: Pick<RoundCard, "venue" | "city" | "country">): string | null {
  return [round.venue, round.city, round.country].filter(Boolean).join(", ") || null;
}

/** A round in brief: kind, dates and place in the venue's own calendar, status, summary. */
export function RoundSummary({ round, headingLevel = 3 }: { round: RoundCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const place = roundPlace(round);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Badge>{round.sequence ? `Round ${round.sequence}` : ROUND_KIND_LABELS[round.kind]}</Badge>
        <RoundStatusBadge status={round.status} />
        {round.unverified ? <UnverifiedFlag /> : null}
      </div>
      <Heading className="text-lg leading-snug font-semibold">
        <Link href={`/rounds/${round.slug}`} className="hover:underline">
          {round.title}
        </Link>
      </Heading>
      <p className="muted text-sm">
        <time dateTime={round.startsAt.toISOString()}>{roundDates(round)}</time>
        {place ? ` · ${place}` : null}
      </p>
      <p className="text-sm text-stone-800 dark:text-stone-200">{round.summary}</p>
    </div>
  );
}
