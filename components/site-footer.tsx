import Link from "@/components/link";
import { AtRenderInstant } from "@/components/at-render-instant";
import { formatInstant } from "@/lib/domain/time";
import { SITE_CALENDAR_PATH, siteFeedPath } from "@/lib/outputs/public-paths";
import { webcalUrl } from "@/lib/site-urls";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 py-8 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto max-w-6xl space-y-2 px-4">
        <p>
          Every fact on Parley links to the source it comes from. Facts with thin or single sourcing carry an
          <strong className="font-semibold"> Unverified</strong> flag; what has no source is left out.
        </p>
        <p>Times are shown in the zone each deadline or meeting was set in, and in yours.</p>
        {/* Also bounds how long any page can lag behind an editor's change: it is re-rendered at most a second after this instant. */}
        <AtRenderInstant
          render={(now) => (
            <p>
              This page as of <time dateTime={new Date(now).toISOString()}>{formatInstant(new Date(now), "UTC")}</time>.
            </p>
          )}
        />
        <nav aria-label="Follow and reuse">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a href={siteFeedPath("atom")} className="underline">
                Atom feed of updates
              </a>
            </li>
            <li>
              <a href={webcalUrl(SITE_CALENDAR_PATH)} className="underline">
                Subscribe to the calendar
              </a>
            </li>
            <li>
              <Link href="/data" className="underline">
                Data &amp; API
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
