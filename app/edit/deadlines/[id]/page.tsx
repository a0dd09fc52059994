import Link from "@/components/link";
import { notFound } from "next/navigation";
import { ExtendDeadlineForm, ResolveDeadlineForm } from "./deadline-forms";
import { PageTitle } from "@/components/page-title";
import { RecordEyebrow } from "@/components/record-eyebrow";
import { TimeZoneOptions } from "@/components/forms/time-zone-options";
import { Card } from "@/components/ui/card";
import { formatInstant, localDate } from "@/lib/domain/time";
import { deadlineForEditing, formChoices } from "@/lib/queries/editor";

export const metadata = { title: "Deadline" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditDeadlinePage({ params, searchParams }: Props) {
  const id = Number((await params).id);
  const [deadline, choices, query] = await Promise.all([
    Number.isInteger(id) ? deadlineForEditing(id) : null,
    formChoices(),
    searchParams,
  ]);
  if (!deadline) notFound();
  const open = deadline.status === "UPCOMING" && !deadline.supersededBy;
  const base = { id: String(deadline.id), version: String(deadline.version) };
  return (
    <>
      <PageTitle
        eyebrow={
          <RecordEyebrow
            listHref="/edit/deadlines"
            listLabel="Deadlines"
            type="deadline"
            id={deadline.id}
            version={deadline.version}
          />
        }
        lead={
          <>
            Due {formatInstant(deadline.dueAt, deadline.timeZone, deadline.timePrecision)} ({deadline.timeZone}) ·{" "}
            {deadline.status.toLowerCase()} ·{" "}
            <Link href={`/deadlines/${deadline.slug}`} className="underline">
              reader page
            </Link>
          </>
        }
      >
        {deadline.title}
      </PageTitle>
      {query.saved ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          Saved: {query.saved === "extended" ? "this is the new deadline in the chain." : "the outcome is recorded."}
        </p>
      ) : null}
      {deadline.supersededBy ? (
        <p className="mb-4">
          This date was extended:{" "}
          <Link href={`/edit/deadlines/${deadline.supersededBy.id}`} className="underline">
            go to the latest date
          </Link>
          .
        </p>
      ) : null}
      {open ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <h2 className="mb-3 font-semibold">Extend</h2>
            <TimeZoneOptions />
            <ExtendDeadlineForm sources={choices.sources} initialValues={{ ...base, timeZone: deadline.timeZone }} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Record the outcome</h2>
            <ResolveDeadlineForm
              sources={choices.sources}
              initialValues={{ ...base, resolvedOn: localDate(deadline.dueAt, deadline.timeZone) }}
            />
          </Card>
        </div>
      ) : deadline.resolutionNote ? (
        <Card>
          <p>{deadline.resolutionNote}</p>
        </Card>
      ) : null}
    </>
  );
}
