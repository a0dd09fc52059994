import Link from "@/components/link";
import { notFound } from "next/navigation";
import { ParticipantForm } from "../participant-form";
import { PageTitle } from "@/components/page-title";
import { RecordEyebrow } from "@/components/record-eyebrow";
import { participantForEditing, sourceChoices } from "@/lib/queries/editor-records";

export const metadata = { title: "Edit participant" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditParticipantPage({ params, searchParams }: Props) {
  const id = Number((await params).id);
  const [participant, sources, query] = await Promise.all([
    Number.isInteger(id) ? participantForEditing(id) : null,
    sourceChoices(),
    searchParams,
  ]);
  if (!participant) notFound();
  /** Published rounds only: until there is one, readers do not see this participant at all. */
  const rounds = participant._count.participations;
  return (
    <>
      <PageTitle
        eyebrow={
          <RecordEyebrow
            listHref="/edit/participants"
            listLabel="Participants"
            type="participant"
            id={participant.id}
            version={participant.version}
          />
        }
        lead={
          rounds > 0 ? (
            <>
              <Link href={`/participants/${participant.slug}`} className="underline">
                See it as readers do
              </Link>{" "}
              · a change shows on the pages of the {rounds === 1 ? "round" : `${rounds} rounds`} they took part in.
            </>
          ) : (
            "Readers see this participant once they take part in a published round."
          )
        }
      >
        {participant.name}
      </PageTitle>
      {query.saved ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          Saved.
        </p>
      ) : null}
      <ParticipantForm
        key={participant.version}
        sources={sources}
        isNew={false}
        initialValues={{
          id: String(participant.id),
          version: String(participant.version),
          name: participant.name,
          slug: participant.slug,
          office: participant.office,
          side: participant.side,
          note: participant.note ?? "",
          sourceIds: participant.sources.map((s) => String(s.id)),
        }}
      />
    </>
  );
}
