import { requestNow } from "@/lib/clock";
import { countdownTo, describeSpan } from "@/lib/domain/countdown";
import { featuredDeadlines } from "@/lib/domain/deadline-status";
import { formatInstant, zoneName } from "@/lib/domain/time";
import { SHARE_IMAGE_SIZE, SHARE_IMAGE_TYPE, shareImage } from "@/lib/outputs/share-image";
import { listOpenDeadlines } from "@/lib/queries/deadlines";

export const alt = "Parley: the countdown to the next deadline in the US–China trade talks";
export const size = SHARE_IMAGE_SIZE;
export const contentType = SHARE_IMAGE_TYPE;

/** The next deadline and the time left, as of the moment the image is fetched. */
export default async function Image() {
  const [deadlines, now] = await Promise.all([listOpenDeadlines(), requestNow()]);
  const [next] = featuredDeadlines(deadlines, now);
  if (!next) {
    return shareImage({
      eyebrow: "Tracker",
      title: "Every round, every issue, every deadline, with a source for each fact",
    });
  }
  return shareImage(
    {
      eyebrow: "Next deadline",
      title: next.title,
      headline: `in ${describeSpan(countdownTo(next.dueAt.getTime(), now))}`,
      details: [`Due ${formatInstant(next.dueAt, next.timeZone, next.timePrecision)} (${zoneName(next.timeZone)})`],
    },
    { maxAgeSeconds: 600 },
  );
}
