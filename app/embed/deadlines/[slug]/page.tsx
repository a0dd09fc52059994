import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AtRenderInstant } from "@/components/at-render-instant";
import { Countdown } from "@/components/countdown";
import { deadlineState, describeOutcome } from "@/lib/domain/deadline-status";
import { formatInstant, zoneName } from "@/lib/domain/time";
import { getDeadlineWithChain, listDeadlineSlugs, type DeadlineWithChain } from "@/lib/queries/deadlines";
import { deadlineUrl } from "@/lib/site-urls";

// Static (a build error otherwise); an unknown slug waits for its render, so it gets a real 404.
export const ensureStatic = "navigation";

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return listDeadlineSlugs();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await getDeadlineWithChain((await params).slug);
  return { title: found ? `Countdown: ${found.chain.at(-1)?.title}` : "Deadline not found" };
}

/**
 * A countdown small enough for an iframe on another site. It follows the chain to its latest
 * date, so an embed made before an extension counts down to the new date.
 */
export default async function EmbeddedDeadline({ params }: { params: Params }) {
  const found = await getDeadlineWithChain((await params).slug);
  if (!found) notFound();
  const latest = found.chain.at(-1) ?? found.current;
  const extensions = found.chain.length - 1;
  const pageUrl = deadlineUrl(latest.slug);

  return (
    <article
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
      data-testid="embedded-deadline"
    >
      <h1 className="text-lg leading-snug font-semibold text-balance">
        <a href={pageUrl} target="_blank" rel="noopener" className="hover:underline">
          {latest.title}
        </a>
      </h1>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Due{" "}
        <time dateTime={latest.dueAt.toISOString()}>
          {formatInstant(latest.dueAt, latest.timeZone, latest.timePrecision)}
        </time>{" "}
        ({zoneName(latest.timeZone)})
        {extensions > 0 ? ` · extended ${extensions} time${extensions === 1 ? "" : "s"}` : null}
      </p>
      <AtRenderInstant render={(now) => <EmbeddedCountdown latest={latest} now={now} />} />
      <p className="muted text-xs">
        <a href={pageUrl} target="_blank" rel="noopener" className="underline">
          Parley
        </a>{" "}
        · US–China trade talks, tracked and sourced
        {latest.sources.length > 0 ? ` · Source: ${latest.sources.map((s) => s.publisher).join(", ")}` : null}
      </p>
    </article>
  );
}

function EmbeddedCountdown({ latest, now }: { latest: DeadlineWithChain["current"]; now: number }) {
  const state = deadlineState(latest, now);
  return (
    <>
      {state !== "extended" ? <Countdown dueAt={latest.dueAt.toISOString()} serverNow={now} /> : null}
      {state !== "upcoming" ? (
        <p className="text-sm text-stone-800 dark:text-stone-200">{describeOutcome(latest, now)}</p>
      ) : null}
    </>
  );
}
