import Link from "next/link";
import { IssueStatusBadge, UnverifiedFlag } from "./status-badges";
import { formatInstant } from "@/lib/domain/time";
import type { IssueListItem } from "@/lib/queries/issues";

/** Each negotiated issue and where it stands. */
export function IssueBoard({ issues }: { issues: IssueListItem[] }) {
  if (issues.length === 0) return <p className="text-stone-600 dark:text-stone-400">No issues are tracked yet.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="issue-board">
      {issues.map((issue) => {
        const lastChange = issue.statusChanges[0];
        return (
          <li key={issue.slug} className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            <div className="flex flex-wrap items-start justify-between gap-x-2 gap-y-1">
              <h3 className="font-semibold">
                <Link href={`/issues/${issue.slug}`} className="hover:underline">
                  {issue.title}
                </Link>
              </h3>
              <IssueStatusBadge status={issue.status} />
            </div>
            {lastChange ? (
              <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                Since {formatInstant(lastChange.changedAt, lastChange.timeZone, "DAY")}: {lastChange.note}
              </p>
            ) : null}
            {issue.unverified ? (
              <div className="mt-2">
                <UnverifiedFlag />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
