import type { Metadata } from "next";
import Link from "@/components/link";
import { PageTitle } from "@/components/page-title";
import { SectionHeading } from "@/components/ui/card";
import { SIDE_LABELS } from "@/lib/domain/labels";
import type { Side } from "@/lib/generated/prisma/enums";
import { listParticipants } from "@/lib/queries/participants";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Participants",
  description: "Who negotiates for the United States and for China, and which rounds each attended.",
};

const SIDES: Side[] = ["UNITED_STATES", "CHINA", "HOST", "OTHER"];

export default async function ParticipantsPage() {
  const participants = await listParticipants();
  return (
    <>
      <PageTitle lead="The people at the table, by side, with the rounds each attended.">Participants</PageTitle>
      {participants.length === 0 ? <p className="muted">No participants recorded yet.</p> : null}
      <div className="grid gap-8 md:grid-cols-2">
        {SIDES.map((side) => {
          const members = participants.filter((p) => p.side === side);
          if (members.length === 0) return null;
          return (
            <section key={side} aria-labelledby={`side-${side}`}>
              <SectionHeading id={`side-${side}`}>{SIDE_LABELS[side]}</SectionHeading>
              <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {members.map((p) => (
                  <li key={p.slug} className="flex items-start justify-between gap-3 p-3">
                    <div>
                      <Link href={`/participants/${p.slug}`} className="font-semibold underline">
                        {p.name}
                      </Link>
                      <p className="muted text-sm">{p.office}</p>
                    </div>
                    <span className="muted text-sm whitespace-nowrap">
                      {p._count.participations} {p._count.participations === 1 ? "round" : "rounds"}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
