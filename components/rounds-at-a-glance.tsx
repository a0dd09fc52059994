import Link from "@/components/link";
import { roundDates } from "./round-summary";
import { RoundStatusBadge, UnverifiedFlag } from "./status-badges";
import type { RoundAtAGlance } from "@/lib/queries/rounds";

/** The first sentence of a text, for a one-line outcome. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** "US: A, B · China: C", or null when no lead is recorded. */
function leadsLine(round: RoundAtAGlance): string | null {
  const side = (label: string, key: "UNITED_STATES" | "CHINA") => {
    const names = round.leads.filter((lead) => lead.side === key).map((lead) => lead.name);
    return names.length > 0 ? `${label}: ${names.join(", ")}` : null;
  };
  return [side("US", "UNITED_STATES"), side("China", "CHINA")].filter(Boolean).join(" · ") || null;
}

/**
 * Rounds and leaders' meetings in order, scheduled ones included: date, city, the leads on each
 * side and the outcome in a line. Compact, it keeps the date, the place and the title. Styled by
 * the `glance` classes (app/globals.css): the list repeats per round, and every page carries its
 * markup twice.
 */
export function RoundsAtAGlance({ rounds, compact = false }: { rounds: RoundAtAGlance[]; compact?: boolean }) {
  if (rounds.length === 0) return <p className="muted">No rounds recorded yet.</p>;
  return (
    <ol className={compact ? "glance glance-compact" : "glance"} data-testid="rounds-at-a-glance">
      {rounds.map((round) => {
        const leads = compact ? null : leadsLine(round);
        return (
          <li key={round.slug}>
            <p>
              <time dateTime={round.startsAt.toISOString()}>{roundDates(round)}</time>
              {round.city ? `· ${round.city}` : null}
              {round.status !== "CONCLUDED" ? <RoundStatusBadge status={round.status} /> : null}
              {round.unverified ? <UnverifiedFlag /> : null}
            </p>
            <h3>
              <Link href={`/rounds/${round.slug}`}>{round.title}</Link>
            </h3>
            {leads ? <p>{leads}</p> : null}
            {compact ? null : round.outcome ? (
              <p>{firstSentence(round.outcome)}</p>
            ) : round.status === "CONCLUDED" ? (
              <p className="muted">Outcome not yet recorded.</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
