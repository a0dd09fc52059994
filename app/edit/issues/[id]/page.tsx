import Link from "@/components/link";
import { notFound } from "next/navigation";
import { StatusChangeForm } from "./status-change-form";
import { PageTitle } from "@/components/page-title";
import { RecordEyebrow } from "@/components/record-eyebrow";
import { TimeZoneOptions } from "@/components/forms/time-zone-options";
import { IssueStatusBadge } from "@/components/status-badges";
import { Card } from "@/components/ui/card";
import { requestNow } from "@/lib/clock";
import { formatInstant, localDate } from "@/lib/domain/time";
import { formChoices, issueForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Issue" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditIssuePage({ params, searchParams }: Props) {
  const id = Number((await params).id);
  const [issue, choices, query, now] = await Promise.all([
    Number.isInteger(id) ? issueForEditing(id) : null,
    formChoices(),
    searchParams,
    requestNow(),
  ]);
  if (!issue) notFound();
  return (
    <>
      <PageTitle
        eyebrow={
          <RecordEyebrow
            listHref="/edit/issues"
            listLabel="Issues"
            type="issue"
            id={issue.id}
            version={issue.version}
          />
        }
        lead={
          <span className="flex items-center gap-2">
            Now <IssueStatusBadge status={issue.status} /> ·{" "}
            <Link href={`/issues/${issue.slug}`} className="underline">
              reader page
            </Link>
          </span>
        }
      >
        {issue.title}
      </PageTitle>
      {query.saved ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          Saved: the change is in the issue&apos;s history.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="mb-3 font-semibold">Record a status change</h2>
          <TimeZoneOptions />
          <StatusChangeForm
            choices={choices}
            initialValues={{
              issueId: String(issue.id),
              version: String(issue.version),
              changedOn: localDate(new Date(now), "America/New_York"),
              timeZone: "America/New_York",
            }}
          />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">History</h2>
          <ol className="space-y-2 text-sm">
            {issue.statusChanges.map((change) => (
              <li key={change.id}>
                <span className="text-stone-600 dark:text-stone-400">
                  {formatInstant(change.changedAt, change.timeZone, "DAY")}:
                </span>{" "}
                {change.fromStatus ?? "—"} → {change.toStatus}. {change.note}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
