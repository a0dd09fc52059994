import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { EmbedSnippet } from "./embed-snippet";
import { ExtensionChain } from "./extension-chain";
import { AtRenderInstant } from "@/components/at-render-instant";
import { DeadlineCard } from "@/components/deadline-card";
import { PageTitle } from "@/components/page-title";
import { SectionHeading } from "@/components/ui/card";
import { getDeadlineWithChain, listDeadlineSlugs } from "@/lib/queries/deadlines";

// Static (a build error otherwise); an unknown slug waits for its render, so it gets a real 404.
export const ensureStatic = "navigation";

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return listDeadlineSlugs();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await getDeadlineWithChain((await params).slug);
  return found ? { title: found.current.title, description: found.current.description ?? undefined } : { title: "Deadline not found" };
}

export default async function DeadlinePage({ params }: { params: Params }) {
  const found = await getDeadlineWithChain((await params).slug);
  if (!found) notFound();
  const { current, chain } = found;
  const index = chain.indexOf(current);
  const successor = chain[index + 1] ?? null;

  return (
    <article className="space-y-8">
      <PageTitle
        eyebrow={<Link href="/deadlines" className="underline">Deadlines</Link>}
        lead={current.description}
      >
        {current.title}
      </PageTitle>
      <div className="max-w-2xl">
        <AtRenderInstant
          render={(now) => <DeadlineCard deadline={{ ...current, _count: { sources: current.sources.length }, supersededBy: successor }} now={now} featured />}
        />
      </div>
      <section aria-labelledby="chain-heading">
        <SectionHeading id="chain-heading">
          {chain.length > 1 ? `The whole chain: ${chain.length} dates` : "History"}
        </SectionHeading>
        <ExtensionChain chain={chain} currentSlug={current.slug} />
      </section>
      <EmbedSnippet slug={current.slug} title={chain.at(-1)?.title ?? current.title} />
    </article>
  );
}
