import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { UPDATE_KIND_LABELS } from "@/lib/domain/labels";
import { formatInstant } from "@/lib/domain/time";
import { updatesForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Updates" };

export default async function EditUpdatesPage() {
  const updates = await updatesForEditing();
  return (
    <>
      <PageTitle lead="Statements, orders, rulings and reports on the timeline, drafts included.">Updates</PageTitle>
      <p className="mb-4">
        <Link
          href="/edit/updates/new"
          className="rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white no-underline dark:bg-stone-100 dark:text-stone-900"
        >
          Post an update
        </Link>
      </p>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {updates.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <div>
              <Link href={`/edit/updates/${u.id}`} className="font-medium underline">
                {u.title}
              </Link>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {formatInstant(u.occurredAt, u.timeZone, "DAY")} · {UPDATE_KIND_LABELS[u.kind]}
              </p>
            </div>
            {u.publishedAt ? null : <Badge tone="amber">Draft</Badge>}
          </li>
        ))}
      </ul>
    </>
  );
}
