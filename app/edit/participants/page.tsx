import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { SIDE_LABELS } from "@/lib/domain/labels";
import { participantsForEditing } from "@/lib/queries/editor-records";

export const metadata = { title: "Participants" };

export default async function EditParticipantsPage() {
  const participants = await participantsForEditing();
  return (
    <>
      <PageTitle lead="The people who take part in rounds: their names and offices as round pages show them.">
        Participants
      </PageTitle>
      <p className="mb-4">
        <Link
          href="/edit/participants/new"
          className="rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white no-underline dark:bg-stone-100 dark:text-stone-900"
        >
          Add a participant
        </Link>
      </p>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {participants.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <div>
              <Link href={`/edit/participants/${p.id}`} className="font-medium underline">
                {p.name}
              </Link>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {p.office} · {p._count.participations === 1 ? "1 round" : `${p._count.participations} rounds`}
              </p>
            </div>
            <span className="flex gap-2">
              <Badge>{SIDE_LABELS[p.side]}</Badge>
              {p._count.sources === 0 ? <Badge tone="amber">No source</Badge> : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
