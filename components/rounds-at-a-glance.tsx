import Link from "@/components/link";
import { roundDates } from "./round-summary";
import { RoundStatusBadge, UnverifiedFlag } from "./status-badges";
import type { RoundAtAGlance } from "@/lib/queries/rounds";

/** The first sentence of a text, for a one-line outcome. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function leadsOf(round: RoundAtAGlance, side: "UNITED_STATES" | "CHINA"): string | null {
  const names = round.leads.filter((lead) => lead.side === side).map((lead) => lead.name);
  return names.length > 0 ? names.join(", ") : null;
}

/**
 * Every round and leaders' meeting in order, scheduled ones included: date, city, the leads on each
 * side and the outcome in a line. Compact, it keeps the date, the place and the title.
 */
export function RoundsAtAGlance({ rounds, compact = false }: { rounds: RoundAtAGlance[]; compact?: boolean }) {
  if (rounds.length === 0) return <p className="muted">No rounds recorded yet.</p>;
  return (
    <ol
      className={`grid gap-3 ${compact ? "sm:grid-cols-2 lg:grid-cols-4" : "sm:grid-cols-2 xl:grid-cols-3"}`}
      data-testid="rounds-at-a-glance"
    >
      {rounds.map((round) => {
        const us = leadsOf(round, "UNITED_STATES");
        const china = leadsOf(round, "CHINA");
        return (
          <li
            key={round.slug}
            className="flex flex-col gap-1 rounded-lg border border-l-4 border-stone-200 border-l-blue-700 bg-white p-3 dark:border-stone-800 dark:border-l-blue-400 dark:bg-stone-900"
            data-testid="glance-round"
          >
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
              <time dateTime={round.startsAt.toISOString()}>{roundDates(round)}</time>
              {round.city ? <span>· {round.city}</span> : null}
              {round.status !== "CONCLUDED" ? <RoundStatusBadge status={round.status} /> : null}
              {round.unverified ? <UnverifiedFlag /> : null}
            </p>
            <h3 className="leading-snug font-semibold">
              <Link href={`/rounds/${round.slug}`} className="hover:underline">
                {round.title}
              </Link>
            </h3>
            {compact ? null : (
              <>
                {us || china ? (
                  <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="glance-leads">
                    {us ? <span>US: {us}</span> : null}
                    {us && china ? " · " : null}
                    {china ? <span>China: {china}</span> : null}
                  </p>
                ) : null}
                {round.outcome ? (
                  <p className="text-sm text-stone-800 dark:text-stone-200" data-testid="glance-outcome">
                    {firstSentence(round.outcome)}
                  </p>
                ) : round.status === "CONCLUDED" ? (
                  <p className="muted text-sm" data-testid="glance-outcome">
                    Outcome not yet recorded.
                  </p>
                ) : null}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
