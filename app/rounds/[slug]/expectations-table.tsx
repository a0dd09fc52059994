import { SourceLinks } from "@/components/source-list";
import { AssessmentBadge } from "@/components/status-badges";
import { DataTable } from "@/components/ui/data-table";
import type { RoundDetail } from "@/lib/queries/rounds";

/** What analysts expected beforehand, beside what happened. */
export function ExpectationsTable({ expectations }: { expectations: RoundDetail["expectations"] }) {
  return (
    <DataTable
      caption="Expectations before the round and how they were met"
      columns={[{ label: "Expected beforehand" }, { label: "Assessment" }, { label: "What happened" }]}
    >
      {expectations.map((expectation) => (
        <tr key={expectation.id} className="align-top">
          <td className="p-3">
            <p>{expectation.text}</p>
            <p className="muted mt-1 text-xs [&_a]:underline">
              {expectation.expectedBy} · <SourceLinks sources={expectation.sources} />
            </p>
          </td>
          <td className="p-3">
            <AssessmentBadge assessment={expectation.assessment} />
          </td>
          <td className="p-3">{expectation.assessmentNote ?? "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
