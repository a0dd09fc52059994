import { notFound } from "next/navigation";
import { UpdateForm } from "../update-form";
import { PageTitle } from "@/components/page-title";
import { RecordEyebrow } from "@/components/record-eyebrow";
import { TimeZoneOptions } from "@/components/forms/time-zone-options";
import { localDate } from "@/lib/domain/time";
import { formChoices, updateForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Edit update" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditUpdatePage({ params, searchParams }: Props) {
  const id = Number((await params).id);
  const [update, choices, query] = await Promise.all([
    Number.isInteger(id) ? updateForEditing(id) : null,
    formChoices(),
    searchParams,
  ]);
  if (!update) notFound();
  return (
    <>
      <PageTitle
        eyebrow={
          <RecordEyebrow
            listHref="/edit/updates"
            listLabel="Updates"
            type="update"
            id={update.id}
            version={update.version}
          />
        }
        lead={update.publishedAt ? "Published." : "A draft: readers cannot see it yet."}
      >
        {update.title}
      </PageTitle>
      {query.saved ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          Saved.
        </p>
      ) : null}
      <TimeZoneOptions />
      <UpdateForm
        key={update.version}
        choices={choices}
        published={update.publishedAt !== null}
        initialValues={{
          id: String(update.id),
          version: String(update.version),
          slug: update.slug,
          title: update.title,
          kind: update.kind,
          body: update.body,
          occurredOn: localDate(update.occurredAt, update.timeZone),
          timeZone: update.timeZone,
          roundId: update.roundId ? String(update.roundId) : "",
          issueIds: update.issues.map((i) => String(i.id)),
          sourceIds: update.sources.map((s) => String(s.id)),
        }}
      />
    </>
  );
}
