import Link from "@/components/link";
import { TimelineFilterForm, type FilterOptions } from "./timeline-filter-form";
import { TimelineList } from "./timeline-list";
import { RoundsAtAGlance } from "@/components/rounds-at-a-glance";
import { SectionHeading } from "@/components/ui/card";
import { SIDE_LABELS } from "@/lib/domain/labels";
import { roundsAtAGlance } from "@/lib/queries/rounds";
import { filterParticipant, timelineFilterOptions, timelinePage } from "@/lib/queries/timeline";
import { timelineQuery, TIMELINE_KINDS, type TimelineFilters } from "@/lib/schemas/timeline-filters";

function filterOptions(options: Options): FilterOptions {
  const sides = [...new Set(options.participants.map((p) => p.side))];
  return {
    issues: options.issues,
    sides: sides.map((side) => ({
      label: SIDE_LABELS[side],
      participants: options.participants.filter((p) => p.side === side),
    })),
    kinds: Object.entries(TIMELINE_KINDS).map(([value, kind]) => ({ value, label: kind.label })),
    years: options.years,
  };
}

type Options = Awaited<ReturnType<typeof timelineFilterOptions>>;

/** The filter's options, with the participant the view is filtered by even when the short list leaves them out. */
async function withChosenParticipant(options: Options, slug: string | undefined): Promise<Options> {
  if (!slug || options.participants.some((p) => p.slug === slug)) return options;
  const chosen = await filterParticipant(slug);
  return chosen ? { ...options, participants: [...options.participants, chosen] } : options;
}

/**
 * Rounds the overview lists: every one of a real tracker's (a few dozen at most); a site with
 * hundreds lists the latest, so every timeline page stays light, and links the rest by kind.
 */
const GLANCE_LIMIT = 40;
const ROUND_KINDS = (["negotiation-round", "leaders-meeting", "working-meeting"] as const).map(
  (kind) => [kind, TIMELINE_KINDS[kind]] as const,
);

/** Every round at a glance (on every page, so paging never hides one), the filter form, and one page of the timeline. */
export async function TimelineView({ filters }: { filters: TimelineFilters }) {
  const [page, listed, rounds] = await Promise.all([
    timelinePage(filters),
    timelineFilterOptions(),
    roundsAtAGlance(GLANCE_LIMIT),
  ]);
  const options = await withChosenParticipant(listed, filters.participant);
  const active = [
    filters.issue && options.issues.find((i) => i.slug === filters.issue)?.title,
    filters.participant && options.participants.find((p) => p.slug === filters.participant)?.name,
    filters.kind && TIMELINE_KINDS[filters.kind].label,
    filters.year,
  ].filter(Boolean);

  return (
    <>
      <section aria-labelledby="rounds-heading" className="mb-10">
        <SectionHeading id="rounds-heading">
          {rounds.total > rounds.rounds.length
            ? `The latest ${rounds.rounds.length} of ${rounds.total} rounds and leaders' meetings`
            : "Every round and leaders' meeting"}
        </SectionHeading>
        <RoundsAtAGlance rounds={rounds.rounds} />
        {rounds.total > rounds.rounds.length ? (
          <p className="mt-3 text-sm">
            All of them, by kind:{" "}
            {ROUND_KINDS.map(([kind, { label }], i) => (
              <span key={kind}>
                {i > 0 ? " · " : null}
                <Link href={`/timeline${timelineQuery({ page: 1, kind })}`} className="underline">
                  {label}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>
      <h2 className="sr-only">Everything, newest first</h2>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <TimelineFilterForm key={timelineQuery(filters)} filters={filters} options={filterOptions(options)} />
        <div>
          <p
            className="mb-4 text-sm text-stone-700 dark:text-stone-300"
            aria-live="polite"
            data-testid="timeline-count"
          >
            {page.total} {page.total === 1 ? "entry" : "entries"}
            {active.length > 0 ? ` for ${active.join(" · ")}` : null}
            {active.length > 0 ? (
              <>
                {" · "}
                <Link href="/timeline" className="underline">
                  Clear filters
                </Link>
              </>
            ) : null}
          </p>
          <TimelineList entries={page.entries} />
          <nav aria-label="Timeline pages" className="mt-6 flex justify-between text-sm">
            {filters.page > 1 ? (
              <Link href={`/timeline${timelineQuery({ ...filters, page: filters.page - 1 })}`} className="underline">
                ← Newer
              </Link>
            ) : (
              <span />
            )}
            {page.hasMore ? (
              <Link href={`/timeline${timelineQuery({ ...filters, page: filters.page + 1 })}`} className="underline">
                Older →
              </Link>
            ) : null}
          </nav>
        </div>
      </div>
    </>
  );
}
