import { notFound } from "next/navigation";
import { SourceForm } from "../source-form";
import { PageTitle } from "@/components/page-title";
import { RecordEyebrow } from "@/components/record-eyebrow";
import { sourceForEditing } from "@/lib/queries/editor-records";

export const metadata = { title: "Edit source" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const CITED_BY = [
  ["rounds", "round", "rounds"],
  ["updates", "update", "updates"],
  ["issues", "issue", "issues"],
  ["statusChanges", "status change", "status changes"],
  ["deadlines", "deadline", "deadlines"],
  ["tariffChanges", "tariff change", "tariff changes"],
  ["participants", "participant", "participants"],
  ["expectations", "expectation", "expectations"],
] as const;

export default async function EditSourcePage({ params, searchParams }: Props) {
  const id = Number((await params).id);
  const [source, query] = await Promise.all([Number.isInteger(id) ? sourceForEditing(id) : null, searchParams]);
  if (!source) notFound();
  const citations = CITED_BY.filter(([key]) => source._count[key] > 0).map(
    ([key, one, many]) => `${source._count[key]} ${source._count[key] === 1 ? one : many}`,
  );
  return (
    <>
      <PageTitle
        eyebrow={
          <RecordEyebrow
            listHref="/edit/sources"
            listLabel="Sources"
            type="source"
            id={source.id}
            version={source.version}
          />
        }
        lead={
          citations.length > 0
            ? `Cited by ${citations.join(", ")}: a change shows on all their pages.`
            : "Not cited yet: readers see it once a record cites it."
        }
      >
        {source.title}
      </PageTitle>
      {query.saved ? (
        <p
          className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          role="status"
        >
          Saved.
        </p>
      ) : null}
      <SourceForm
        key={source.version}
        isNew={false}
        initialValues={{
          id: String(source.id),
          version: String(source.version),
          url: source.url,
          publisher: source.publisher,
          title: source.title,
          publishedOn: source.publishedOn ? source.publishedOn.toISOString().slice(0, 10) : "",
        }}
      />
    </>
  );
}
