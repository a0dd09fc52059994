import "server-only";
import { UPDATE_KIND_LABELS } from "../domain/labels";
import { formatInstant, zoneName } from "../domain/time";
import { absoluteUrl, siteOrigin } from "../env";
import { latestOf } from "../http/conditional";
import { issueWithUpdatesForFeed, latestUpdatesForFeed, type FeedUpdate } from "../queries/feed-updates";
import { issueUrl, roundUrl, updateUrl } from "../site-urls";
import { escapeHtml } from "./escape-html";
import { FEED_CONTENT_TYPES, renderFeed, type FeedChannel, type FeedEntry } from "./feed-formats";
import { markdownToHtml } from "./markdown-html";
import { issueFeedPath, siteFeedPath, type FeedFormat } from "./public-paths";

// Tag URIs (RFC 4151) keep entry ids permanent while titles, slugs and page addresses change.
const tagAuthority = () => `tag:${new URL(siteOrigin).hostname},2026:`;
const updateEntryId = (id: number) => `${tagAuthority()}update:${id}`;

const AUTHOR = { name: "Parley", url: siteOrigin };
// An empty feed still needs an `updated`; the epoch says "nothing yet" without inventing a date.
const NOTHING_YET = new Date(0);

function entryHtml(update: FeedUpdate): string {
  const when = `${formatInstant(update.occurredAt, update.timeZone, update.timePrecision)} (${zoneName(update.timeZone)})`;
  const parts = [markdownToHtml(update.body), `<p>${escapeHtml(when)}</p>`];
  if (update.unverified) parts.push(`<p><strong>Unverified.</strong> ${escapeHtml(update.caveat ?? "")}</p>`);
  if (update.round?.publishedAt) {
    parts.push(
      `<p>Round: <a href="${escapeHtml(roundUrl(update.round.slug))}">${escapeHtml(update.round.title)}</a></p>`,
    );
  }
  if (update.issues.length > 0) {
    const links = update.issues.map((i) => `<a href="${escapeHtml(issueUrl(i.slug))}">${escapeHtml(i.title)}</a>`);
    parts.push(`<p>Issues: ${links.join(", ")}</p>`);
  }
  const sources = update.sources.map(
    (s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a> — ${escapeHtml(s.publisher)}</li>`,
  );
  parts.push(sources.length > 0 ? `<p>Sources:</p><ul>${sources.join("")}</ul>` : "<p>No source recorded yet.</p>");
  return parts.join("\n");
}

function updateEntry(update: FeedUpdate): FeedEntry {
  return {
    id: updateEntryId(update.id),
    title: update.title,
    url: updateUrl(update),
    updated: update.updatedAt,
    published: update.publishedAt ?? undefined,
    html: entryHtml(update),
    categories: [
      { term: update.kind.toLowerCase().replaceAll("_", "-"), label: UPDATE_KIND_LABELS[update.kind] },
      ...update.issues.map((i) => ({ term: i.slug, label: i.title })),
    ],
  };
}

const feedUrls = (path: (format: FeedFormat) => string) => ({
  atom: absoluteUrl(path("atom")),
  rss: absoluteUrl(path("rss")),
  json: absoluteUrl(path("json")),
});

export interface FeedDocument {
  body: string;
  contentType: string;
  lastModified: Date;
}

function feedDocument(format: FeedFormat, channel: FeedChannel, updates: readonly FeedUpdate[]): FeedDocument {
  return {
    body: renderFeed(format, channel, updates.map(updateEntry)),
    contentType: FEED_CONTENT_TYPES[format],
    lastModified: channel.updated,
  };
}

export async function siteFeed(format: FeedFormat): Promise<FeedDocument> {
  const updates = await latestUpdatesForFeed();
  const channel: FeedChannel = {
    id: `${tagAuthority()}feed:updates`,
    title: "Parley: US–China trade talks, latest updates",
    description: "Statements, orders, rulings and reports on the US–China trade negotiations, each with its sources.",
    pageUrl: absoluteUrl("/timeline"),
    feedUrls: feedUrls(siteFeedPath),
    author: AUTHOR,
    updated: latestOf(updates.map((u) => u.updatedAt)) ?? NOTHING_YET,
  };
  return feedDocument(format, channel, updates);
}

/** One issue's updates; null when there is no such issue. */
export async function issueFeed(slug: string, format: FeedFormat): Promise<FeedDocument | null> {
  const issue = await issueWithUpdatesForFeed(slug);
  if (!issue) return null;
  const channel: FeedChannel = {
    id: `${tagAuthority()}feed:issue:${issue.id}`,
    title: `Parley: ${issue.title}, latest updates`,
    description: issue.summary,
    pageUrl: issueUrl(issue.slug),
    feedUrls: feedUrls((format) => issueFeedPath(issue.slug, format)),
    author: AUTHOR,
    updated: latestOf([issue.updatedAt, ...issue.updates.map((u) => u.updatedAt)]) ?? NOTHING_YET,
  };
  return feedDocument(format, channel, issue.updates);
}
