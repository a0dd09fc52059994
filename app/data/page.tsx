import type { Metadata } from "next";
import Link from "@/components/link";
import { Fragment, type ReactNode } from "react";
import { PageTitle } from "@/components/page-title";
import { Card, SectionHeading } from "@/components/ui/card";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { OPENAPI_PATH } from "@/lib/api/openapi";
import { absoluteUrl } from "@/lib/env";
import { DOWNLOADS, FEED_FORMAT_NAMES, FEED_FORMATS, issueCalendarPath, issueFeedPath, SITE_CALENDAR_PATH, siteFeedPath } from "@/lib/outputs/public-paths";
import { PER_PAGE_DEFAULT, PER_PAGE_MAX } from "@/lib/schemas/api";
import { listIssues } from "@/lib/queries/issues";
import { webcalUrl } from "@/lib/site-urls";

export const metadata: Metadata = {
  title: "Data & API",
  description: "Parley's open data: a JSON API with an OpenAPI document, Atom, RSS and JSON feeds, calendar subscriptions and CSV downloads, every record with its sources.",
};

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-stone-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-stone-800">{children}</code>;
}

function Example({ children }: { children: string }) {
  return (
    <pre className="overflow-x-auto rounded-lg bg-stone-900 p-3 font-mono text-xs leading-relaxed text-stone-100" tabIndex={0}>
      {children}
    </pre>
  );
}

const DOWNLOAD_LABELS: Record<keyof typeof DOWNLOADS, string> = {
  timeline: "Timeline: every published round and update",
  deadlines: "Deadlines: every date, with its chain of extensions",
  tariffChanges: "Tariff changes, with the headline level before and after each",
  deadlineChains: "Deadline chains: how often and by how long each was extended, and how it stands",
  roundExpectations: "Rounds: how analysts' expectations of each fared",
};

export default async function DataPage() {
  const issues = await listIssues();
  const roundsExample = absoluteUrl("/api/v1/rounds?page=1&per_page=2");

  return (
    <div className="space-y-10">
      <PageTitle lead="Everything Parley shows is open to reuse in other tools: a JSON API, feeds, calendars and CSV files. Every record carries the sources it comes from; please cite them along with Parley.">
        Data &amp; API
      </PageTitle>

      <section aria-labelledby="feeds-heading" className="space-y-3">
        <SectionHeading id="feeds-heading">Feeds and calendars</SectionHeading>
        <Card className="space-y-3 text-sm">
          <p>
            <a href={siteFeedPath("atom")} className="font-medium underline">Atom feed of every update</a> (<Code>{siteFeedPath("atom")}</Code>),
            also as <a href={siteFeedPath("rss")} className="underline">RSS 2.0</a> (<Code>{siteFeedPath("rss")}</Code>) and{" "}
            <a href={siteFeedPath("json")} className="underline">JSON Feed 1.1</a> (<Code>{siteFeedPath("json")}</Code>): the latest 50
            published updates, newest first, each with its sources. Paste the address into any feed reader.
          </p>
          <p>
            <a href={webcalUrl(SITE_CALENDAR_PATH)} className="font-medium underline">Subscribe to the calendar</a> or{" "}
            <a href={SITE_CALENDAR_PATH} className="underline">download it</a> (<Code>{SITE_CALENDAR_PATH}</Code>): every deadline and every
            round. A deadline and its extensions are one event that moves when the date is extended, so your calendar updates it
            rather than adding a second one. Times are in each deadline&apos;s official time zone; deadlines known only to the day are
            all-day events.
          </p>
          <div>
            <p className="mb-2">Each issue has a feed and a calendar of its own:</p>
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="issue-feeds">
              {issues.map((issue) => (
                <li key={issue.slug}>
                  <Link href={`/issues/${issue.slug}`} className="underline">{issue.title}</Link>:{" "}
                  {FEED_FORMAT_NAMES.map((format) => (
                    <Fragment key={format}>
                      <a href={issueFeedPath(issue.slug, format)} className="underline">{FEED_FORMATS[format].label}</a>,{" "}
                    </Fragment>
                  ))}
                  <a href={webcalUrl(issueCalendarPath(issue.slug))} className="underline">calendar</a>
                </li>
              ))}
            </ul>
          </div>
        </Card>
      </section>

      <section aria-labelledby="downloads-heading" className="space-y-3">
        <SectionHeading id="downloads-heading">CSV downloads</SectionHeading>
        <Card className="space-y-2 text-sm">
          <ul className="space-y-1">
            {(Object.keys(DOWNLOADS) as (keyof typeof DOWNLOADS)[]).map((key) => (
              <li key={key}>
                <a href={DOWNLOADS[key].path} download className="font-medium underline">{DOWNLOADS[key].filename}</a> — {DOWNLOAD_LABELS[key]}
              </li>
            ))}
          </ul>
          <p>
            UTF-8, comma-separated, quoted as RFC 4180 describes, with a header row. Instants are in UTC (<Code>…_utc</Code>) alongside
            the local date and the IANA time zone they were set in; <Code>source_urls</Code> lists each row&apos;s sources, separated by
            spaces.
          </p>
        </Card>
      </section>

      <section aria-labelledby="api-heading" className="space-y-3">
        <SectionHeading id="api-heading">JSON API</SectionHeading>
        <Card className="space-y-3 text-sm">
          <p>
            Read-only, no key needed, open to requests from any website (CORS). The{" "}
            <a href={OPENAPI_PATH} className="font-medium underline">OpenAPI 3.1 document</a> (<Code>{OPENAPI_PATH}</Code>) describes every
            endpoint and field; it is generated from the same schemas that shape the responses.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              Lists take <Code>page</Code> (from 1) and <Code>per_page</Code> (default {PER_PAGE_DEFAULT}, at most {PER_PAGE_MAX}) and return{" "}
              <Code>data</Code>, <Code>meta</Code> (<Code>total</Code>, <Code>pages</Code>) and <Code>links</Code> to the first, previous, next
              and last pages — also sent as a <Code>Link</Code> header.
            </li>
            <li>
              Every response has an <Code>ETag</Code> and a <Code>Last-Modified</Code>: send them back as <Code>If-None-Match</Code> or{" "}
              <Code>If-Modified-Since</Code> and an unchanged answer is an empty <Code>304 Not Modified</Code>.
            </li>
            <li>
              Errors are JSON: <Code>{'{"error": {"status": 404, "message": "…"}}'}</Code>, with <Code>400</Code> for an invalid parameter and{" "}
              <Code>404</Code> for an unknown slug.
            </li>
            <li>
              Each address has a budget of requests, shared by all endpoints: <Code>X-RateLimit-Limit</Code> at once, refilled steadily;{" "}
              <Code>X-RateLimit-Remaining</Code> says what is left. Past it the answer is a <Code>429</Code> whose <Code>Retry-After</Code> says how
              many seconds to wait.
            </li>
            <li>Instants are ISO 8601 in UTC, each with the IANA time zone it was set in and whether it is known to the day or the minute.</li>
          </ul>
          <Example>{`curl -i '${roundsExample}'\n\n# Ask again with the ETag you got: 304 if nothing changed\ncurl -i -H 'If-None-Match: W/"…"' '${roundsExample}'`}</Example>
        </Card>

        <div role="region" aria-labelledby="endpoints-caption" tabIndex={0} className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
          <table className="w-full min-w-[40rem] text-left text-sm" data-testid="endpoints">
            <caption id="endpoints-caption" className="px-4 pt-3 pb-2 text-left font-semibold">Endpoints</caption>
            <thead className="border-y border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-600 uppercase dark:border-stone-800 dark:bg-stone-950 dark:text-stone-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">Endpoint</th>
                <th scope="col" className="px-4 py-2 font-semibold">Returns</th>
                <th scope="col" className="px-4 py-2 font-semibold">Try it</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {ENDPOINTS.map((endpoint) => (
                <tr key={endpoint.path} className="align-top">
                  <td className="px-4 py-2 font-mono text-xs whitespace-nowrap">GET {endpoint.path}</td>
                  <td className="px-4 py-2">{endpoint.description}</td>
                  <td className="px-4 py-2">
                    <a href={endpoint.example} className="font-mono text-xs break-all underline">{endpoint.example}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="embeds-heading" className="space-y-3">
        <SectionHeading id="embeds-heading">Embeds and share images</SectionHeading>
        <Card className="space-y-2 text-sm">
          <p>
            Any deadline&apos;s countdown can be shown on another site: each <Link href="/deadlines" className="underline">deadline page</Link> has
            the HTML to copy. Links to Parley&apos;s pages shared on social networks show a card with the deadline&apos;s countdown or the
            round&apos;s dates and place.
          </p>
        </Card>
      </section>
    </div>
  );
}
