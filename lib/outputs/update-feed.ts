import "server-only";
import { UPDATE_KIND_LABELS } from "../domain/labels";
import { formatInstant, zoneName } from "../domain/time";
import { absoluteUrl, siteOrigin } from "../env";
import { latestOf } from "../http/conditional";
import { issueWithUpdatesForFeed, latestUpdatesForFeed, type FeedUpdate } from "../queries/feed-updates";
import { issueUrl, roundUrl, updateUrl } from "../site-urls";
import { escapeXml, serializeAtom, type AtomEntry } from "./atom";
import { markdownToHtml } from "./markdown-html";
import { issueFeedPath, SITE_FEED_PATH } from "./public-paths";

// Tag URIs (RFC 4151) keep entry ids permanent while titles, slugs and page addresses change.
const tagAuthority = () => `tag:${new URL(siteOrigin).hostname},2026:`;
export const updateEntryId = (id: number) => `${tagAuthority()}update:${id}`;

const AUTHOR = { name: "Parley", uri: siteOrigin };
// An empty feed still needs an `updated`; the epoch says "nothing yet" without inventing a date.
const NOTHING_YET = new Date(0);

function entryHtml(update: FeedUpdate): string {
  const when = `${formatInstant(update.occurredAt, update.timeZone, update.timePrecision)} (${zoneName(update.timeZone)})`;
  const parts = [markdownToHtml(update.body), `<p>${escapeXml(when)}</p>`];
  if (update.unverified) parts.push(`<p><strong>Unverified.</strong> ${escapeXml(update.caveat ?? "")}</p>`);
  if (update.round?.publishedAt) {
    parts.push(`<p>Round: <a href="${escapeXml(roundUrl(update.round.slug))}">${escapeXml(update.round.title)}</a></p>`);
  }
  if (update.issues.length > 0) {
    const links = update.issues.map((i) => `<a href="${escapeXml(issueUrl(i.slug))}">${escapeXml(i.title)}</a>`);
    parts.push(`<p>Issues: ${links.join(", ")}</p>`);
  }
  const sources = update.sources.map((s) => `<li><a href="${escapeXml(s.url)}">${escapeXml(s.title)}</a> — ${escapeXml(s.publisher)}</li>`);
  parts.push(sources.length > 0 ? `<p>Sources:</p><ul>${sources.join("")}</ul>` : "<p>No source recorded yet.</p>");
  return parts.join("\n");
}

export function updateEntry(update: FeedUpdate): AtomEntry {
  return {
    id: updateEntryId(update.id),
    title: update.title,
    updated: update.updatedAt,
    published: update.publishedAt ?? undefined,
    links: [
      { rel: "alternate", type: "text/html", href: updateUrl(update) },
      ...update.sources.map((s) => ({ rel: "via" as const, href: s.url, title: `${s.title} — ${s.publisher}` })),
    ],
    contentHtml: entryHtml(update),
    categories: [
      { term: update.kind.toLowerCase().replaceAll("_", "-"), label: UPDATE_KIND_LABELS[update.kind] },
      ...update.issues.map((i) => ({ term: i.slug, label: i.title })),
    ],
  };
}

export interface FeedDocument {
  xml: string;
  lastModified: Date;
}

export async function siteFeed(): Promise<FeedDocument> {
  const updates = await latestUpdatesForFeed();
  const updated = latestOf(updates.map((u) => u.updatedAt)) ?? NOTHING_YET;
  const xml = serializeAtom({
    id: `${tagAuthority()}feed:updates`,
    title: "Parley: US–China trade talks, latest updates",
    subtitle: "Statements, orders, rulings and reports on the US–China trade negotiations, each with its sources.",
    selfUrl: absoluteUrl(SITE_FEED_PATH),
    alternateUrl: absoluteUrl("/timeline"),
    author: AUTHOR,
    updated,
    entries: updates.map(updateEntry),
  });
  return { xml, lastModified: updated };
}

/** One issue's updates; null when there is no such issue. */
export async function issueFeed(slug: string): Promise<FeedDocument | null> {
  const issue = await issueWithUpdatesForFeed(slug);
  if (!issue) return null;
  const updated = latestOf([issue.updatedAt, ...issue.updates.map((u) => u.updatedAt)]) ?? NOTHING_YET;
  const xml = serializeAtom({
    id: `${tagAuthority()}feed:issue:${issue.id}`,
    title: `Parley: ${issue.title}, latest updates`,
    subtitle: issue.summary,
    selfUrl: absoluteUrl(issueFeedPath(issue.slug)),
    alternateUrl: issueUrl(issue.slug),
    author: AUTHOR,
    updated,
    entries: issue.updates.map(updateEntry),
  });
  return { xml, lastModified: updated };
}
