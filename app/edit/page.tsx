import Link from "@/components/link";
import type { ReactNode } from "react";
import { PageTitle } from "@/components/page-title";
import { Card } from "@/components/ui/card";
import { requestNow } from "@/lib/clock";
import { ISSUE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatInstant } from "@/lib/domain/time";
import { attentionItems } from "@/lib/queries/editor";

export const metadata = { title: "Start" };

export default async function EditorStartPage() {
  const now = await requestNow();
  const items = await attentionItems(now);
  const quick = [
    { href: "/edit/rounds/new", label: "Log a round" },
    { href: "/edit/updates/new", label: "Post an update" },
    { href: "/edit/issues", label: "Change an issue's status" },
    { href: "/edit/deadlines", label: "Extend or resolve a deadline" },
  ];
  return (
    <>
      <PageTitle lead="What needs attention, and the quickest way to log what just happened.">
        Editors&apos; desk
      </PageTitle>
      <ul className="mb-8 flex flex-wrap gap-3">
        {quick.map((q) => (
          <li key={q.href}>
            <Link
              href={q.href}
              className="inline-block rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white no-underline dark:bg-stone-100 dark:text-stone-900"
            >
              {q.label}
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid gap-4 md:grid-cols-2">
        <Attention title="Deadlines passed with no outcome recorded" empty="Every passed deadline has its outcome.">
          {items.passedDeadlines.map((d) => (
            <li key={d.id}>
              <Link href={`/edit/deadlines/${d.id}`} className="underline">
                {d.title}
              </Link>{" "}
              — due {formatInstant(d.dueAt, d.timeZone, d.timePrecision)}
            </li>
          ))}
        </Attention>
        <Attention title="Rounds still “under way” after their end" empty="No round is overdue.">
          {items.overdueRounds.map((r) => (
            <li key={r.id}>
              <Link href={`/edit/rounds/${r.id}`} className="underline">
                {r.title}
              </Link>{" "}
              — ended {formatInstant(r.endsAt, r.timeZone)}
            </li>
          ))}
        </Attention>
        <Attention title="Drafts not yet published" empty="No drafts.">
          {items.draftRounds.map((r) => (
            <li key={`r${r.id}`}>
              Round:{" "}
              <Link href={`/edit/rounds/${r.id}`} className="underline">
                {r.title}
              </Link>
            </li>
          ))}
          {items.draftUpdates.map((u) => (
            <li key={`u${u.id}`}>
              Update:{" "}
              <Link href={`/edit/updates/${u.id}`} className="underline">
                {u.title}
              </Link>
            </li>
          ))}
        </Attention>
        <Attention title="Issues with no change in 60 days" empty="Every issue changed recently.">
          {items.quietIssues.map((i) => (
            <li key={i.id}>
              <Link href={`/edit/issues/${i.id}`} className="underline">
                {i.title}
              </Link>{" "}
              — {ISSUE_STATUS_LABELS[i.status]}
              {i.statusChanges[0] ? ` since ${formatInstant(i.statusChanges[0].changedAt, "UTC", "DAY")}` : ""}
            </li>
          ))}
        </Attention>
      </div>
    </>
  );
}

function Attention({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  const items = children.flat().filter(Boolean);
  return (
    <Card>
      <h2 className="mb-2 font-semibold">
        {title} <span className="text-stone-500">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <ul className="space-y-1 text-sm">{items}</ul>
      )}
    </Card>
  );
}
