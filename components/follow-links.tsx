import { webcalUrl } from "@/lib/site-urls";

interface FollowLinksProps {
  label: string;
  feedPath?: string;
  calendarPath: string;
  csvPath?: string;
}

/** Ways to follow or reuse what a page shows: its Atom feed, its calendar (subscribe, or download once), its CSV. */
export function FollowLinks({ label, feedPath, calendarPath, csvPath }: FollowLinksProps) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={label} data-testid="follow-links">
      {feedPath ? (
        <li>
          <a href={feedPath} type="application/atom+xml" className="underline">
            Atom feed
          </a>
        </li>
      ) : null}
      <li>
        <a href={webcalUrl(calendarPath)} className="underline">
          Subscribe in your calendar
        </a>
      </li>
      <li>
        <a href={calendarPath} type="text/calendar" download className="underline">
          Download .ics
        </a>
      </li>
      {csvPath ? (
        <li>
          <a href={csvPath} type="text/csv" download className="underline">
            Download CSV
          </a>
        </li>
      ) : null}
    </ul>
  );
}
