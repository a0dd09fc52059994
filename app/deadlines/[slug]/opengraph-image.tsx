import { requestNow } from "@/lib/clock";
import { countdownTo, describeSpan } from "@/lib/domain/countdown";
import { DEADLINE_STATE_LABELS, deadlineState, describeOutcome } from "@/lib/domain/deadline-status";
import { formatInstant, zoneName } from "@/lib/domain/time";
import { SHARE_IMAGE_SIZE, SHARE_IMAGE_TYPE, shareImage } from "@/lib/outputs/share-image";
import { getDeadlineWithChain } from "@/lib/queries/deadlines";

export const alt = "A deadline in the US–China trade talks, with the time left or how it ended";
export const size = SHARE_IMAGE_SIZE;
export const contentType = SHARE_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const [found, now] = await Promise.all([params.then(({ slug }) => getDeadlineWithChain(slug)), requestNow()]);
  if (!found) return new Response("No such deadline", { status: 404 });
  const { current, chain } = found;
  const state = deadlineState(current, now);
  const successor = chain[chain.indexOf(current) + 1] ?? null;
  return shareImage(
    {
      eyebrow: `Deadline · ${DEADLINE_STATE_LABELS[state]}`,
      title: current.title,
      headline: state === "upcoming" ? `in ${describeSpan(countdownTo(current.dueAt.getTime(), now))}` : undefined,
      details: [
        `Due ${formatInstant(current.dueAt, current.timeZone, current.timePrecision)} (${zoneName(current.timeZone)})`,
        ...(state === "upcoming" ? [] : [describeOutcome(current, now, successor)]),
      ],
      accent: state === "upcoming" ? "amber" : "stone",
    },
    { maxAgeSeconds: 600 },
  );
}
