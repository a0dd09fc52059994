import { DeadlineCard } from "@/components/deadline-card";
import { featuredDeadlines } from "@/lib/domain/deadline-status";
import { deadlinePrecedent, type PrecedentLink } from "@/lib/domain/precedent";
import type { DeadlineListItem } from "@/lib/queries/deadlines";

type Open = Omit<DeadlineListItem, "supersededBy">;

export function FeaturedDeadlines({
  deadlines,
  links,
  now,
}: {
  deadlines: Open[];
  links: PrecedentLink[];
  now: number;
}) {
  const [next, ...soon] = featuredDeadlines(deadlines, now);
  if (!next) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 p-6 text-stone-700 dark:border-stone-700 dark:text-stone-300">
        No deadline is pending right now. Past deadlines and how they ended are on the deadlines page.
      </p>
    );
  }
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]" data-testid="featured-deadlines">
      <DeadlineCard deadline={next} now={now} featured precedent={deadlinePrecedent(next, links, now)} />
      {soon.length > 0 ? (
        <div className="grid gap-4">
          {soon.map((deadline) => (
            <DeadlineCard
              key={deadline.slug}
              deadline={deadline}
              now={now}
              precedent={deadlinePrecedent(deadline, links, now)}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
