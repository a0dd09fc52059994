import type { Metadata } from "next";
import Link from "@/components/link";
import { AtRenderInstant } from "@/components/at-render-instant";
import { DeadlineStateBadge } from "@/components/status-badges";
import { PageTitle } from "@/components/page-title";
import { Card, SectionHeading } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { DEADLINE_KIND_LABELS, describeChain, describeKindRecord, describeTally } from "@/lib/domain/precedent";
import { formatDaySpan } from "@/lib/domain/time";
import { DOWNLOADS, PRECEDENT_API_PATH } from "@/lib/outputs/public-paths";
import { trackRecord, type TrackRecord } from "@/lib/queries/precedent";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Track record",
  description:
    "What precedent says: how often each US–China deadline was extended, how deadlines of each kind ended, and how analysts' expectations of each round fared.",
};

export default function TrackRecordPage() {
  return (
    <>
      <PageTitle lead="How we got here says something about what comes next. Every figure here is counted from Parley's records on each visit: an extension or an assessment an editor records shows at once.">
        Track record
      </PageTitle>
      <p className="mb-8 text-sm">
        Download:{" "}
        <a href={DOWNLOADS.deadlineChains.path} className="underline">
          deadline chains (CSV)
        </a>{" "}
        ·{" "}
        <a href={DOWNLOADS.roundExpectations.path} className="underline">
          expectations by round (CSV)
        </a>{" "}
        · JSON:{" "}
        <a href={PRECEDENT_API_PATH} className="underline">
          {PRECEDENT_API_PATH}
        </a>
      </p>
      <AtRenderInstant render={(now) => <TrackRecordSections now={now} />} />
    </>
  );
}

async function TrackRecordSections({ now }: { now: number }) {
  const record: TrackRecord = await trackRecord(now);
  return (
    <div className="space-y-10">
      <section aria-labelledby="kinds-heading">
        <SectionHeading id="kinds-heading">Deadlines, by kind</SectionHeading>
        {record.kinds.length === 0 ? (
          <p className="muted">No classified deadline has come and gone yet.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="kind-records">
            {record.kinds.map((kind) => (
              <li key={kind.kind}>
                <Card>
                  <h3 className="mb-1 font-semibold first-letter:uppercase">{DEADLINE_KIND_LABELS[kind.kind].many}</h3>
                  <p className="text-sm">{describeKindRecord(kind)}</p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="chains-heading">
        <SectionHeading id="chains-heading">Each deadline chain</SectionHeading>
        <DataTable
          caption="Each deadline chain: how often it was extended, by how long, and how it stands"
          columns={[
            { label: "Deadline" },
            { label: "Kind" },
            { label: "Extensions", numeric: true },
            { label: "The record" },
            { label: "Now" },
          ]}
          testId="chain-records"
        >
          {record.chains.map((chain) => (
            <tr key={chain.slug} className="align-top">
              <th scope="row" className="p-3 font-medium">
                <Link href={`/deadlines/${chain.slug}`} className="underline">
                  {chain.title}
                </Link>
              </th>
              <td className="p-3">{chain.kind ? DEADLINE_KIND_LABELS[chain.kind].one : "—"}</td>
              <td className="p-3 text-right tabular-nums">{chain.extensions.length}</td>
              <td className="p-3">{describeChain(chain)}</td>
              <td className="p-3">
                <DeadlineStateBadge state={chain.state} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="expectations-heading">
        <SectionHeading id="expectations-heading">What analysts expected of each round</SectionHeading>
        <p className="mb-3" data-testid="expectations-overall">
          <span className="font-semibold">Every round: </span>
          {describeTally(record.overall)}
        </p>
        {record.rounds.length === 0 ? (
          <p className="muted">No expectations recorded yet.</p>
        ) : (
          <DataTable
            caption="How analysts' expectations of each round fared"
            columns={[
              { label: "Round" },
              ...["Met", "Partly met", "Not met", "Pending"].map((label) => ({ label, numeric: true })),
            ]}
            testId="round-expectation-records"
          >
            {record.rounds.map((round) => (
              <tr key={round.slug}>
                <th scope="row" className="p-3 font-medium">
                  <Link href={`/rounds/${round.slug}`} className="underline">
                    {round.title}
                  </Link>
                  <span className="muted block text-xs font-normal">
                    {formatDaySpan(round.startsAt, round.endsAt, round.timeZone)}
                  </span>
                </th>
                <td className="p-3 text-right tabular-nums">{round.tally.met}</td>
                <td className="p-3 text-right tabular-nums">{round.tally.partlyMet}</td>
                <td className="p-3 text-right tabular-nums">{round.tally.notMet}</td>
                <td className="p-3 text-right tabular-nums">{round.tally.pending}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
