import { SourceLinks } from "@/components/source-list";
import { AssessmentBadge } from "@/components/status-badges";
import type { RoundDetail } from "@/lib/queries/rounds";

/** What analysts expected beforehand, beside what happened. */
export function ExpectationsTable({ expectations }: { expectations: RoundDetail["expectations"] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Expectations before the round and how they were met</caption>
        <thead className="border-b border-stone-200 bg-stone-100 dark:border-stone-800 dark:bg-stone-800">
          <tr>
            <th scope="col" className="p-3 font-semibold">
              Expected beforehand
            </th>
            <th scope="col" className="p-3 font-semibold">
              Assessment
            </th>
            <th scope="col" className="p-3 font-semibold">
              What happened
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {expectations.map((expectation) => (
            <tr key={expectation.id} className="align-top">
              <td className="p-3">
                <p>{expectation.text}</p>
                <p className="muted mt-1 text-xs">
                  {expectation.expectedBy} · <SourceLinks sources={expectation.sources} />
                </p>
              </td>
              <td className="p-3">
                <AssessmentBadge assessment={expectation.assessment} />
              </td>
              <td className="p-3">{expectation.assessmentNote ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
