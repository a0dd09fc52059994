import Link from "@/components/link";
import { notFound } from "next/navigation";
import { RoundForm } from "../round-form";
import { PageTitle } from "@/components/page-title";
import { RecordEyebrow } from "@/components/record-eyebrow";
import { TimeZoneOptions } from "@/components/forms/time-zone-options";
import type { FormValues } from "@/lib/actions/action-state";
import { localSpanFields } from "@/lib/domain/time";
import { formChoices, roundForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Edit round" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditRoundPage({ params, searchParams }: Props) {
  const id = Number((await params).id);
  const [round, choices, query] = await Promise.all([
    Number.isInteger(id) ? roundForEditing(id) : null,
    formChoices(),
    searchParams,
  ]);
  if (!round) notFound();

  const values: FormValues = {
    id: String(round.id),
    version: String(round.version),
    title: round.title,
    slug: round.slug,
    kind: round.kind,
    status: round.status,
    sequence: round.sequence?.toString() ?? "",
    lengthNote: round.lengthNote ?? "",
    ...localSpanFields(round.startsAt, round.endsAt, round.timeZone, round.timePrecision),
    timeZone: round.timeZone,
    venue: round.venue ?? "",
    city: round.city ?? "",
    country: round.country ?? "",
    summary: round.summary,
    outcome: round.outcome ?? "",
    issueIds: round.issues.map((i) => String(i.id)),
    sourceIds: round.sources.map((s) => String(s.id)),
    ...Object.fromEntries(round.participations.map((p) => [`role_${p.participantId}`, p.role])),
  };

  return (
    <>
      <PageTitle
        eyebrow={
          <RecordEyebrow listHref="/edit/rounds" listLabel="Rounds" type="round" id={round.id} version={round.version}>
            {" "}
            ·{" "}
            <Link href={`/edit/rounds/${round.id}/expectations`} className="underline">
              Expectations
            </Link>
          </RecordEyebrow>
        }
        lead={
          round.publishedAt ? (
            <Link href={`/rounds/${round.slug}`} className="underline">
              See it as readers do
            </Link>
          ) : (
            "A draft: readers cannot see it yet."
          )
        }
      >
        {round.title}
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
      <RoundForm key={round.version} choices={choices} initialValues={values} published={round.publishedAt !== null} />
    </>
  );
}
