import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { formatInstant } from "@/lib/domain/time";
import { deadlinesForEditing } from "@/lib/queries/editor";

export const metadata = { title: "Deadlines" };

export default async function EditDeadlinesPage() {
  const deadlines = await deadlinesForEditing();
  const open = deadlines.filter((d) => d.status === "UPCOMING");
  const closed = deadlines.filter((d) => d.status !== "UPCOMING");
  return (
    <>
      <PageTitle lead="Extend an open deadline (a new date in its chain; the old one is kept) or record how it ended.">
        Deadlines
      </PageTitle>
      <h2 className="mb-2 font-semibold">Open</h2>
      <DeadlineList items={open} />
      <h2 className="mt-8 mb-2 font-semibold">Extended or resolved</h2>
      <DeadlineList items={closed} />
    </>
  );
}

function DeadlineList({ items }: { items: Awaited<ReturnType<typeof deadlinesForEditing>> }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {items.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <div>
            <Link href={`/edit/deadlines/${d.id}`} className="font-medium underline">
              {d.title}
            </Link>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {formatInstant(d.dueAt, d.timeZone, d.timePrecision)}
              {d.issue ? ` · ${d.issue.title}` : ""}
            </p>
          </div>
          <Badge tone={d.status === "UPCOMING" ? "blue" : "neutral"}>{d.status.toLowerCase()}</Badge>
        </li>
      ))}
    </ul>
  );
}
