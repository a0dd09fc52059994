import Link from "@/components/link";
import { Markdown } from "./markdown";
import { SourceLinks } from "./source-list";
import { UnverifiedFlag } from "./status-badges";
import { Badge } from "./ui/badge";
import { UPDATE_KIND_LABELS } from "@/lib/domain/labels";
import { formatInstant } from "@/lib/domain/time";
import type { UpdateKind } from "@/lib/generated/prisma/enums";

export interface UpdateListItem {
  slug: string;
  kind: UpdateKind;
  title: string;
  body: string;
  occurredAt: Date;
  timeZone: string;
  unverified: boolean;
  round: { slug: string; title: string } | null;
  sources: { url: string; publisher: string }[];
}

export function UpdateList({ updates }: { updates: UpdateListItem[] }) {
  if (updates.length === 0) return <p className="muted">No updates published yet.</p>;
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800">
      {updates.map((update) => (
        <li key={update.slug} id={`update-${update.slug}`} className="py-3 first:pt-0">
          <div className="entry-meta">
            <time dateTime={update.occurredAt.toISOString()}>
              {formatInstant(update.occurredAt, update.timeZone, "DAY")}
            </time>
            <Badge>{UPDATE_KIND_LABELS[update.kind]}</Badge>
            {update.unverified ? <UnverifiedFlag /> : null}
          </div>
          <h3 className="mt-1 leading-snug font-semibold">{update.title}</h3>
          <Markdown className="body-text mt-1">{update.body}</Markdown>
          <p className="entry-links">
            {update.round ? (
              <>
                <Link href={`/rounds/${update.round.slug}`}>{update.round.title}</Link>
                {" · "}
              </>
            ) : null}
            <SourceLinks sources={update.sources} />
          </p>
        </li>
      ))}
    </ol>
  );
}
