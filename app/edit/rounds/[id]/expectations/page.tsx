import Link from "@/components/link";
import { notFound } from "next/navigation";
import { ExpectationForm } from "./expectation-forms";
import { PageTitle } from "@/components/page-title";
import { AssessmentBadge } from "@/components/status-badges";
import { Card } from "@/components/ui/card";
import { roundExpectationsForEditing, sourceChoices } from "@/lib/queries/editor-records";

export const metadata = { title: "Expectations" };

type Props = { params: Promise<{ id: string }> };

export default async function RoundExpectationsPage({ params }: Props) {
  const id = Number((await params).id);
  const [round, sources] = await Promise.all([
    Number.isInteger(id) ? roundExpectationsForEditing(id) : null,
    sourceChoices(),
  ]);
  if (!round) notFound();
  return (
    <>
      <PageTitle
        eyebrow={
          <span>
            <Link href="/edit/rounds" className="underline">
              Rounds
            </Link>{" "}
            ·{" "}
            <Link href={`/edit/rounds/${round.id}`} className="underline">
              {round.title}
            </Link>
          </span>
        }
        lead={
          round.publishedAt ? (
            <>
              What analysts expected beforehand, and how it turned out.{" "}
              <Link href={`/rounds/${round.slug}`} className="underline">
                See the round as readers do
              </Link>
            </>
          ) : (
            "The round is a draft: readers see its expectations once it is published."
          )
        }
      >
        Expectations
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="recorded-heading">
          <h2 id="recorded-heading" className="mb-2 font-semibold">
            Recorded
          </h2>
          {round.expectations.length === 0 ? (
            <p className="text-sm text-stone-600 dark:text-stone-400">None yet.</p>
          ) : (
            <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
              {round.expectations.map((e) => (
                <li key={e.id} className="space-y-1 p-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <Link href={`/edit/rounds/${round.id}/expectations/${e.id}`} className="font-medium underline">
                      {e.text}
                    </Link>
                    <AssessmentBadge assessment={e.assessment} />
                  </div>
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    {e.expectedBy} · {e._count.sources === 1 ? "1 source" : `${e._count.sources} sources`}
                  </p>
                  {e.assessmentNote ? <p className="text-sm">{e.assessmentNote}</p> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
        <Card>
          <h2 className="mb-3 font-semibold">Add an expectation</h2>
          <ExpectationForm sources={sources} initialValues={{ roundId: String(round.id) }} isNew />
        </Card>
      </div>
    </>
  );
}
