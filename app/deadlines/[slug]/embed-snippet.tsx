import { SectionHeading } from "@/components/ui/card";
import { absoluteUrl } from "@/lib/env";
import { escapeHtml } from "@/lib/outputs/escape-html";
import { embedDeadlinePath } from "@/lib/outputs/public-paths";

export const EMBED_HEIGHT_PX = 280;

export function embedCode(slug: string, title: string): string {
  const src = absoluteUrl(embedDeadlinePath(slug));
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`Countdown: ${title}`)}" width="100%" height="${EMBED_HEIGHT_PX}" style="border:0;max-width:36rem" loading="lazy"></iframe>`;
}

/** The HTML another site pastes to show this countdown; selecting and copying needs no script. */
export function EmbedSnippet({ slug, title }: { slug: string; title: string }) {
  return (
    <section aria-labelledby="embed-heading" className="max-w-2xl">
      <SectionHeading id="embed-heading">Embed this countdown</SectionHeading>
      <p className="mb-2 text-sm text-stone-700 dark:text-stone-300">
        Copy this HTML into your page. The countdown follows any extension, so it always shows the current date.{" "}
        <a href={embedDeadlinePath(slug)} className="underline">
          Preview
        </a>
      </p>
      <label
        htmlFor="embed-code"
        className="mb-1 block text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400"
      >
        HTML to embed
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={3}
        value={embedCode(slug, title)}
        className="w-full resize-none rounded-lg border border-stone-300 bg-white p-2 font-mono text-xs text-stone-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200"
        data-testid="embed-code"
      />
    </section>
  );
}
