import Link from "@/components/link";
import { SourceList } from "@/components/source-list";
import { UnverifiedFlag } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { formatInstant, zoneName } from "@/lib/domain/time";
import type { DeadlineWithChain } from "@/lib/queries/deadlines";

const STATUS_WORDS = { UPCOMING: "Open", EXTENDED: "Extended", MET: "Met", LAPSED: "Lapsed", MOOT: "Moot" } as const;

/** Every date the deadline has had, first to last, each with what set it and its sources. */
export function ExtensionChain({ chain, currentSlug }: { chain: DeadlineWithChain["chain"]; currentSlug: string }) {
  return (
    <ol
      className="relative space-y-6 border-l-2 border-stone-300 pl-5 dark:border-stone-700"
      data-testid="deadline-chain"
    >
      {chain.map((link, i) => (
        <li
          key={link.slug}
          className="relative"
          aria-current={link.slug === currentSlug ? "true" : undefined}
          data-testid="chain-link"
        >
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[1.72rem] h-3 w-3 rounded-full ring-4 ring-stone-50 dark:ring-stone-950 ${link.status === "EXTENDED" ? "bg-stone-400" : "bg-amber-500"}`}
          />
          <p className="flex flex-wrap items-center gap-2">
            <span className="muted text-sm">{i === 0 ? "Original date" : `Extension ${i}`}</span>
            <Badge tone={link.status === "MET" ? "green" : link.status === "EXTENDED" ? "neutral" : "blue"}>
              {STATUS_WORDS[link.status]}
            </Badge>
            {link.unverified ? <UnverifiedFlag caveat={link.caveat} /> : null}
            {link.slug === currentSlug ? <Badge tone="amber">This page</Badge> : null}
          </p>
          <p className="mt-1 text-lg font-semibold">
            {link.slug === currentSlug ? (
              <time dateTime={link.dueAt.toISOString()}>
                {formatInstant(link.dueAt, link.timeZone, link.timePrecision)}
              </time>
            ) : (
              <Link href={`/deadlines/${link.slug}`} className="underline">
                <time dateTime={link.dueAt.toISOString()}>
                  {formatInstant(link.dueAt, link.timeZone, link.timePrecision)}
                </time>
              </Link>
            )}
            <span className="muted ml-2 text-sm font-normal">{zoneName(link.timeZone)}</span>
          </p>
          {link.setBy ? (
            <p className="text-sm">
              Set by {link.setBy}
              {link.setOn ? ` on ${formatInstant(link.setOn, link.timeZone, "DAY")}` : null}
            </p>
          ) : null}
          {link.resolutionNote ? <p className="mt-1 text-sm">{link.resolutionNote}</p> : null}
          {link.caveat ? (
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">Caveat: {link.caveat}</p>
          ) : null}
          <div className="mt-2">
            <SourceList sources={link.sources} />
          </div>
        </li>
      ))}
    </ol>
  );
}
