import type { Metadata } from "next";
import Link from "@/components/link";
import { AtRenderInstant } from "@/components/at-render-instant";
import { PageTitle } from "@/components/page-title";
import { DataTable } from "@/components/ui/data-table";
import { IssueStatusBadge, UnverifiedFlag } from "@/components/status-badges";
import { upcomingDeadlines } from "@/lib/domain/deadline-status";
import { formatInstant } from "@/lib/domain/time";
import { listIssues, type IssueListItem } from "@/lib/queries/issues";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Issue tracker",
  description:
    "Every issue in the US–China trade talks — tariffs, TikTok, rare earths, export controls, fentanyl, soybeans, port fees — with its status and next deadline.",
};

export default async function IssuesPage() {
  const issues = await listIssues();
  return (
    <>
      <PageTitle lead="Where each negotiated issue stands, when its status last changed, and the next deadline that bears on it.">
        Issue tracker
      </PageTitle>
      {issues.length === 0 ? (
        <p className="muted">No issues are tracked yet.</p>
      ) : (
        <DataTable
          caption="Negotiated issues with their status, last change and next deadline"
          columns={[{ label: "Issue" }, { label: "Status" }, { label: "Last change" }, { label: "Next deadline" }]}
          className="min-w-[40rem]"
          testId="issue-table"
        >
          {issues.map((issue) => (
            <tr key={issue.slug} className="align-top">
              <th scope="row" className="p-3 font-normal">
                <Link href={`/issues/${issue.slug}`} className="font-semibold underline">
                  {issue.title}
                </Link>
                {issue.unverified ? (
                  <span className="ml-2">
                    <UnverifiedFlag />
                  </span>
                ) : null}
                <p className="muted mt-1">{issue.summary}</p>
              </th>
              <td className="p-3">
                <IssueStatusBadge status={issue.status} />
              </td>
              <td className="p-3">
                {issue.statusChanges[0] ? (
                  <>
                    <time dateTime={issue.statusChanges[0].changedAt.toISOString()}>
                      {formatInstant(issue.statusChanges[0].changedAt, issue.statusChanges[0].timeZone, "DAY")}
                    </time>
                    <p className="muted">{issue.statusChanges[0].note}</p>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="p-3">
                <AtRenderInstant render={(now) => <NextDeadline issue={issue} now={now} />} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

function NextDeadline({ issue, now }: { issue: IssueListItem; now: number }) {
  const next = upcomingDeadlines(issue.deadlines, now)[0];
  if (!next) return <span className="muted">None pending</span>;
  return (
    <>
      <Link href={`/deadlines/${next.slug}`} className="underline">
        {next.title}
      </Link>
      <p className="muted">{formatInstant(next.dueAt, next.timeZone, next.timePrecision)}</p>
    </>
  );
}
