import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { IssueStatusBadge } from "@/components/status-badges";
import { issuesForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Issues" };

export default async function EditIssuesPage() {
  const issues = await issuesForEditing();
  return (
    <>
      <PageTitle lead="Record a change in an issue's status; it is appended to the issue's history.">Issues</PageTitle>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {issues.map((issue) => (
          <li key={issue.id} className="flex items-center justify-between gap-2 p-3">
            <Link href={`/edit/issues/${issue.id}`} className="font-medium underline">
              {issue.title}
            </Link>
            <IssueStatusBadge status={issue.status} />
          </li>
        ))}
      </ul>
    </>
  );
}
