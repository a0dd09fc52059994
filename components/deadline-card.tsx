import Link from "@/components/link";
import { Countdown } from "./countdown";
import { LocalTime } from "./local-time";
import { DeadlineStateBadge, UnverifiedFlag } from "./status-badges";
import { deadlineState, describeOutcome } from "@/lib/domain/deadline-status";
import { formatInstant, zoneName } from "@/lib/domain/time";
import type { DeadlineListItem } from "@/lib/queries/deadlines";

type DeadlineCardData = Omit<DeadlineListItem, "supersededBy"> & { supersededBy?: DeadlineListItem["supersededBy"] };

/** A deadline with its due time in its own zone and the reader's, its countdown or outcome, and what precedent says. */
export function DeadlineCard({
  deadline,
  now,
  featured = false,
  precedent,
}: {
  deadline: DeadlineCardData;
  now: number;
  featured?: boolean;
  precedent?: string | null;
}) {
  const state = deadlineState(deadline, now);
  return (
    <article
      className="flex h-full flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5 dark:border-stone-800 dark:bg-stone-900"
      data-testid="deadline-card"
    >
      <div className="flex flex-wrap items-center gap-2">
        <DeadlineStateBadge state={state} />
        {deadline.issue ? (
          <Link
            href={`/issues/${deadline.issue.slug}`}
            className="text-sm text-stone-600 underline dark:text-stone-400"
          >
            {deadline.issue.title}
          </Link>
        ) : null}
        {deadline.unverified ? <UnverifiedFlag caveat={deadline.caveat} /> : null}
      </div>
      <h3 className={`${featured ? "text-xl sm:text-2xl" : "text-base"} leading-snug font-semibold text-balance`}>
        <Link href={`/deadlines/${deadline.slug}`} className="hover:underline">
          {deadline.title}
        </Link>
      </h3>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Due{" "}
        <time dateTime={deadline.dueAt.toISOString()}>
          {formatInstant(deadline.dueAt, deadline.timeZone, deadline.timePrecision)}
        </time>{" "}
        <span className="muted">({zoneName(deadline.timeZone)})</span>
        {deadline.timePrecision === "MINUTE" ? (
          <>
            <br />
            <LocalTime start={deadline.dueAt.toISOString()} />
          </>
        ) : null}
      </p>
      {state !== "extended" ? (
        <Countdown dueAt={deadline.dueAt.toISOString()} serverNow={now} size={featured ? "large" : "small"} />
      ) : null}
      {state !== "upcoming" ? (
        <p className="text-sm text-stone-800 dark:text-stone-200" data-testid="deadline-outcome">
          {describeOutcome(deadline, now, deadline.supersededBy)}
        </p>
      ) : null}
      {precedent ? (
        <p
          className="mt-auto border-t border-stone-200 pt-3 text-sm text-stone-700 dark:border-stone-800 dark:text-stone-300"
          data-testid="deadline-precedent"
        >
          <Link href="/track-record" className="font-semibold hover:underline">
            Precedent:
          </Link>{" "}
          {precedent}
        </p>
      ) : null}
    </article>
  );
}
