import { notFound } from "next/navigation";
import { RestoreButton } from "./restore-button";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { changedFields } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { isRestorable } from "@/lib/domain/restorable";
import { auditTrail } from "@/lib/queries/editor";
import { recordVersion } from "@/lib/queries/editor-records";

export const metadata = { title: "History" };

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requireUser("editor");
  const { type, id: rawId } = await params;
  const id = Number(rawId);
  if (!isRestorable(type) || !Number.isInteger(id)) notFound();
  const [events, version, query] = await Promise.all([auditTrail(type, id), recordVersion(type, id), searchParams]);
  if (version === null) notFound();
  const isAdmin = user.role === "admin";

  return (
    <>
      <PageTitle
        lead={`Every change to this ${type}, newest first: who made it, when, and what it changed. The current version is ${version}.`}
      >
        History
      </PageTitle>
      {query.restored ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          Restored version {query.restored} as a new version.
        </p>
      ) : null}
      {events.length === 0 ? <p>No changes recorded since the seed.</p> : null}
      <ol className="space-y-4" data-testid="history">
        {events.map((event) => {
          const changes = changedFields(event.before, event.after);
          return (
            <li
              key={event.id}
              className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm">
                  <Badge>{event.action}</Badge> version {event.version} · {event.user?.name ?? "someone since removed"}{" "}
                  ·{" "}
                  <time dateTime={event.createdAt.toISOString()}>
                    {event.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                  </time>
                </p>
                {isAdmin && event.after && event.version !== version ? (
                  <RestoreButton
                    eventId={event.id}
                    currentVersion={version}
                    label={`Restore version ${event.version}`}
                  />
                ) : null}
              </div>
              {changes.length > 0 ? (
                <table className="mt-2 w-full table-fixed text-left text-xs">
                  <caption className="sr-only">Fields changed in version {event.version}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="w-1/5">
                        Field
                      </th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.field} className="align-top">
                        <th scope="row" className="pr-2 font-mono font-normal">
                          {change.field}
                        </th>
                        <td className="pr-2 break-words text-red-800 dark:text-red-300">{change.was}</td>
                        <td className="break-words text-emerald-800 dark:text-emerald-300">{change.now}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
