import Link from "@/components/link";
import { IssueStatusBadge, UnverifiedFlag } from "./status-badges";
import { formatInstant } from "@/lib/domain/time";
import type { IssueListItem } from "@/lib/queries/issues";

/** Each negotiated issue and where it stands. */
export function IssueBoard({ issues }: { issues: IssueListItem[] }) {
  if (issues.length === 0) return <p className="muted">No issues are tracked yet.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="issue-board">
      {issues.map((issue) => {
        const lastChange = issue.statusChanges[0];
        return (
          <li key={issue.slug} className="tile">
            <div className="flex flex-wrap items-start justify-between gap-x-2 gap-y-1">
              <h3 className="font-semibold">
                <Link href={`/issues/${issue.slug}`} className="hover:underline">
                  {issue.title}
                </Link>
              </h3>
              <IssueStatusBadge status={issue.status} />
            </div>
            {lastChange ? (
              <p className="fine-print mt-1">
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
