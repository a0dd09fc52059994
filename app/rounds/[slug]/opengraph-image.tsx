import { roundDates, roundPlace } from "@/components/round-summary";
import { ROUND_KIND_LABELS, ROUND_STATUS_LABELS } from "@/lib/domain/labels";
import { SHARE_IMAGE_SIZE, SHARE_IMAGE_TYPE, shareImage } from "@/lib/outputs/share-image";
import { getRound } from "@/lib/queries/rounds";

export const alt = "A round of the US–China trade talks: when, where and who led each side";
export const size = SHARE_IMAGE_SIZE;
export const contentType = SHARE_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const round = await getRound((await params).slug);
  if (!round) return new Response("No such round", { status: 404 });
  const leads = round.participations.filter((p) => p.role === "LEAD").map((p) => p.participant.name);
  const place = roundPlace(round);
  return shareImage({
    eyebrow: `${round.sequence ? `Round ${round.sequence}` : ROUND_KIND_LABELS[round.kind]} · ${ROUND_STATUS_LABELS[round.status]}`,
    title: round.title,
    headline: roundDates(round),
    details: [...(place ? [place] : []), ...(leads.length > 0 ? [`Led by ${leads.join(" and ")}`] : [])],
    accent: "blue",
  });
}
