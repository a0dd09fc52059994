import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { RoundStatusBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { ROUND_KIND_LABELS } from "@/lib/domain/labels";
import { formatDaySpan } from "@/lib/domain/time";
import { roundsForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Rounds" };

export default async function EditRoundsPage() {
  const rounds = await roundsForEditing();
  return (
    <>
      <PageTitle lead="Every round, leaders' meeting and call, drafts included.">Rounds</PageTitle>
      <p className="mb-4">
        <Link
          href="/edit/rounds/new"
          className="rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white no-underline dark:bg-stone-100 dark:text-stone-900"
        >
          Log a new round
        </Link>
      </p>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {rounds.map((round) => (
          <li key={round.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <div>
              <Link href={`/edit/rounds/${round.id}`} className="font-medium underline">
                {round.title}
              </Link>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {formatDaySpan(round.startsAt, round.endsAt, round.timeZone)} · {ROUND_KIND_LABELS[round.kind]}
              </p>
            </div>
            <span className="flex gap-2">
              <RoundStatusBadge status={round.status} />
              {round.publishedAt ? null : <Badge tone="amber">Draft</Badge>}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
