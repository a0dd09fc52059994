import Link from "@/components/link";
import { roundDates } from "@/components/round-summary";
import { Card } from "@/components/ui/card";
import { deadlineState, upcomingDeadlines } from "@/lib/domain/deadline-status";
import { formatInstant } from "@/lib/domain/time";
import type { DeadlineListItem } from "@/lib/queries/deadlines";
import type { UpcomingRound } from "@/lib/queries/rounds";

type Open = Omit<DeadlineListItem, "supersededBy">;

/** How many rounds and deadlines ahead each list shows; the timeline and the deadlines page have the rest. */
export const UPCOMING_SHOWN = 5;

/** What is scheduled, which deadlines are ahead, and which passed with no outcome recorded. */
export function WhatComesNext({ rounds, deadlines, now }: { rounds: UpcomingRound[]; deadlines: Open[]; now: number }) {
  const scheduled = rounds.filter((r) => r.endsAt.getTime() > now).slice(0, UPCOMING_SHOWN);
  const ahead = upcomingDeadlines(deadlines, now).slice(0, UPCOMING_SHOWN);
  const passed = deadlines
    .filter((d) => deadlineState(d, now) === "passed")
    .sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
  return (
    <div className="grid gap-4 md:grid-cols-3" data-testid="what-comes-next">
      <Card>
        <h3 className="mb-2 font-semibold">Scheduled</h3>
        {scheduled.length === 0 ? (
          <p className="muted text-sm">No round or meeting is scheduled yet.</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="scheduled-rounds">
            {scheduled.map((round) => (
              <li key={round.slug}>
                <Link href={`/rounds/${round.slug}`} className="font-medium underline">
                  {round.title}
                </Link>
                <span className="muted block">
                  {roundDates(round)}
                  {round.city ? ` · ${round.city}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h3 className="mb-2 font-semibold">Deadlines ahead</h3>
        {ahead.length === 0 ? (
          <p className="muted text-sm">No deadline is pending.</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="deadlines-ahead">
            {ahead.map((deadline) => (
              <li key={deadline.slug}>
                <Link href={`/deadlines/${deadline.slug}`} className="font-medium underline">
                  {deadline.title}
                </Link>
                <span className="muted block">
                  Due {formatInstant(deadline.dueAt, deadline.timeZone, deadline.timePrecision)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h3 className="mb-2 font-semibold">Passed, outcome not yet recorded</h3>
        {passed.length === 0 ? (
          <p className="muted text-sm">Every passed deadline has its outcome.</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="deadlines-without-outcome">
            {passed.map((deadline) => (
              <li key={deadline.slug}>
                <Link href={`/deadlines/${deadline.slug}`} className="font-medium underline">
                  {deadline.title}
                </Link>
                <span className="muted block">
                  Was due {formatInstant(deadline.dueAt, deadline.timeZone, deadline.timePrecision)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
