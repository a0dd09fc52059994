import Link from "@/components/link";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import type { RoundDetail } from "@/lib/queries/rounds";
import type { ParticipationRole, Side } from "@/lib/generated/prisma/enums";

const ROLE_ORDER: ParticipationRole[] = ["LEAD", "HOST", "DELEGATE"];
const SIDE_ORDER: Side[] = ["UNITED_STATES", "CHINA", "HOST", "OTHER"];
const SIDE_ACCENT: Record<Side, string> = {
  UNITED_STATES: "border-t-(--color-us)",
  CHINA: "border-t-(--color-cn)",
  HOST: "border-t-stone-400",
  OTHER: "border-t-stone-400",
};

/** The delegations side by side: the United States and China first, then any host. */
export function Delegations({ participations }: { participations: RoundDetail["participations"] }) {
  const sides = SIDE_ORDER.filter(
    (side) => side === "UNITED_STATES" || side === "CHINA" || participations.some((p) => p.participant.side === side),
  );
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="delegations">
      {sides.map((side) => {
        const members = participations
          .filter((p) => p.participant.side === side)
          .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
        return (
          <section
            key={side}
            aria-label={`${SIDE_LABELS[side]} delegation`}
            className={`rounded-xl border border-t-4 border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900 ${SIDE_ACCENT[side]}`}
          >
            <h3 className="mb-2 font-semibold">{SIDE_LABELS[side]}</h3>
            {members.length === 0 ? (
              <p className="muted text-sm">Not reported.</p>
            ) : (
              <ul className="space-y-2">
                {members.map(({ participant, role, note }) => (
                  <li key={participant.slug} className="flex items-start justify-between gap-2">
                    <div>
                      <Link href={`/participants/${participant.slug}`} className="font-medium underline">
                        {participant.name}
                      </Link>
                      <div className="muted text-sm">
                        {participant.office}
                        {note ? ` · ${note}` : null}
                      </div>
                    </div>
                    <Badge tone={role === "LEAD" ? "blue" : "neutral"}>{ROLE_LABELS[role]}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
