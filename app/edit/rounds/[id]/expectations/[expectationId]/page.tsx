import Link from "@/components/link";
import { notFound } from "next/navigation";
import { AssessExpectationForm, ExpectationForm } from "../expectation-forms";
import { PageTitle } from "@/components/page-title";
import { AssessmentBadge } from "@/components/status-badges";
import { Card } from "@/components/ui/card";
import { expectationForEditing, sourceChoices } from "@/lib/queries/editor-records";

export const metadata = { title: "Expectation" };

type Props = {
  params: Promise<{ id: string; expectationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditExpectationPage({ params, searchParams }: Props) {
  const { id, expectationId } = await params;
  const roundId = Number(id);
  const expectationNumber = Number(expectationId);
  const [expectation, sources, query] = await Promise.all([
    Number.isInteger(expectationNumber) ? expectationForEditing(expectationNumber) : null,
    sourceChoices(),
    searchParams,
  ]);
  if (!expectation || expectation.roundId !== roundId) notFound();
  const { round } = expectation;
  const base = { id: String(expectation.id), version: String(expectation.version) };
  return (
    <>
      <PageTitle
        eyebrow={
          <span>
            <Link href={`/edit/rounds/${round.id}`} className="underline">
              {round.title}
            </Link>{" "}
            ·{" "}
            <Link href={`/edit/rounds/${round.id}/expectations`} className="underline">
              Expectations
            </Link>{" "}
            · version {expectation.version} ·{" "}
            <Link href={`/edit/history/expectation/${expectation.id}`} className="underline">
              History
            </Link>
          </span>
        }
        lead={
          <span className="flex flex-wrap items-center gap-2">
            Now <AssessmentBadge assessment={expectation.assessment} />
            {round.publishedAt ? (
              <>
                ·{" "}
                <Link href={`/rounds/${round.slug}`} className="underline">
                  round page
                </Link>
              </>
            ) : (
              "· the round is a draft"
            )}
          </span>
        }
      >
        Expectation
      </PageTitle>
      {query.saved ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          {query.saved === "assessed" ? "Saved: the assessment is recorded." : "Saved."}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 font-semibold">How it turned out</h2>
          <AssessExpectationForm
            key={expectation.version}
            initialValues={{
              ...base,
              assessment: expectation.assessment,
              assessmentNote: expectation.assessmentNote ?? "",
            }}
          />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">What was expected</h2>
          <ExpectationForm
            key={expectation.version}
            sources={sources}
            isNew={false}
            initialValues={{
              ...base,
              roundId: String(round.id),
              text: expectation.text,
              expectedBy: expectation.expectedBy,
              sourceIds: expectation.sources.map((s) => String(s.id)),
            }}
          />
        </Card>
      </div>
    </>
  );
}
