import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { EmbedSnippet } from "./embed-snippet";
import { ExtensionChain } from "./extension-chain";
import { AtRenderInstant } from "@/components/at-render-instant";
import { DeadlineCard } from "@/components/deadline-card";
import { PageTitle } from "@/components/page-title";
import { SectionHeading } from "@/components/ui/card";
import {
  chainPrecedents,
  DEADLINE_KIND_LABELS,
  deadlinePrecedent,
  describeChain,
  describeKindRecord,
  kindRecord,
} from "@/lib/domain/precedent";
import { getDeadlineWithChain, listDeadlineSlugs } from "@/lib/queries/deadlines";
import { precedentLinks } from "@/lib/queries/precedent";

// Static (a build error otherwise); an unknown slug waits for its render, so it gets a real 404.
export const ensureStatic = "navigation";

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return listDeadlineSlugs();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await getDeadlineWithChain((await params).slug);
  return found
    ? { title: found.current.title, description: found.current.description ?? undefined }
    : { title: "Deadline not found" };
}

export default async function DeadlinePage({ params }: { params: Params }) {
  const [found, links] = await Promise.all([getDeadlineWithChain((await params).slug), precedentLinks()]);
  if (!found) notFound();
  const { current, chain } = found;
  const index = chain.indexOf(current);
  const successor = chain[index + 1] ?? null;

  return (
    <article className="space-y-8">
      <PageTitle
        eyebrow={
          <Link href="/deadlines" className="underline">
            Deadlines
          </Link>
        }
        lead={current.description}
      >
        {current.title}
      </PageTitle>
      <div className="max-w-2xl">
        <AtRenderInstant
          render={(now) => (
            <DeadlineCard
              deadline={{ ...current, _count: { sources: current.sources.length }, supersededBy: successor }}
              now={now}
              featured
              precedent={deadlinePrecedent(current, links, now)}
            />
          )}
        />
      </div>
      <section aria-labelledby="chain-heading">
        <SectionHeading id="chain-heading">
          {chain.length > 1 ? `The whole chain: ${chain.length} dates` : "History"}
        </SectionHeading>
        <ExtensionChain chain={chain} currentSlug={current.slug} />
      </section>
      <section aria-labelledby="precedent-heading">
        <SectionHeading
          id="precedent-heading"
          action={
            <Link href="/track-record" className="text-sm underline">
              The whole track record
            </Link>
          }
        >
          What precedent says
        </SectionHeading>
        <AtRenderInstant
          render={(now) => <DeadlinePrecedent current={current} chain={chain} links={links} now={now} />}
        />
      </section>
      <EmbedSnippet slug={current.slug} title={chain.at(-1)?.title ?? current.title} />
    </article>
  );
}

type Links = Awaited<ReturnType<typeof precedentLinks>>;

/** This chain's extensions so far, and how every deadline of its kind due before this one ended. */
function DeadlinePrecedent({
  current,
  chain,
  links,
  now,
}: {
  current: Links[number];
  chain: { id: number }[];
  links: Links;
  now: number;
}) {
  const ids = new Set(chain.map((link) => link.id));
  const [ofChain] = chainPrecedents(
    links.filter((link) => ids.has(link.id)),
    now,
  );
  const earlier = current.kind ? kindRecord(links, current.kind, now, current.dueAt.getTime()) : null;
  return (
    <div className="max-w-2xl space-y-2 text-stone-800 dark:text-stone-200" data-testid="deadline-precedent-detail">
      {ofChain ? (
        <p>
          <span className="font-semibold">This chain: </span>
          {describeChain(ofChain)}
        </p>
      ) : null}
      {earlier ? (
        <p>
          <span className="font-semibold">Earlier {DEADLINE_KIND_LABELS[earlier.kind].many}: </span>
          {describeKindRecord(earlier, { earlier: true })}
        </p>
      ) : (
        <p className="muted">This deadline has no kind recorded, so it is compared with no other.</p>
      )}
    </div>
  );
}
