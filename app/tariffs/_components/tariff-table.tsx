import { UnverifiedFlag } from "@/components/status-badges";
import { TARIFF_DIRECTION_LABELS, TARIFF_MEASURE_LABELS, TARIFF_SCOPE_LABELS } from "@/lib/domain/labels";
import type { TariffStep } from "@/lib/domain/tariff-series";
import { formatInstant, zoneName } from "@/lib/domain/time";
import type { TariffDirection } from "@/lib/generated/prisma/enums";
import type { TariffChangeRecord } from "@/lib/queries/tariffs";

const percent = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

/** Every change of one direction, in the order it took effect, with its sources: the chart as a table. */
export function TariffTable({
  direction,
  steps,
}: {
  direction: TariffDirection;
  steps: TariffStep<TariffChangeRecord>[];
}) {
  const captionId = `tariff-table-${direction.toLowerCase()}`;
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
    >
      <table className="w-full min-w-[60rem] text-left text-sm" data-testid="tariff-table">
        <caption id={captionId} className="px-4 pt-3 pb-2 text-left font-semibold">
          {TARIFF_DIRECTION_LABELS[direction]}
        </caption>
        <thead className="border-y border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-600 uppercase dark:border-stone-800 dark:bg-stone-950 dark:text-stone-400">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Took effect
            </th>
            <th scope="col" className="w-44 px-4 py-2 font-semibold">
              Measure
            </th>
            <th scope="col" className="px-4 py-2 text-right font-semibold">
              Rate
            </th>
            <th scope="col" className="px-4 py-2 text-right font-semibold">
              Headline after
            </th>
            <th scope="col" className="min-w-72 px-4 py-2 font-semibold">
              What changed
            </th>
            <th scope="col" className="w-40 px-4 py-2 font-semibold">
              Sources
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {steps.map((step) => {
            const { change } = step;
            return (
              <tr
                key={change.id}
                id={`tariff-change-${change.id}`}
                className="scroll-mt-24 align-top target:bg-amber-50 dark:target:bg-amber-950"
                data-testid="tariff-row"
              >
                <td className="px-4 py-2 whitespace-nowrap">
                  <time dateTime={change.effectiveAt.toISOString()}>
                    {formatInstant(change.effectiveAt, change.timeZone, change.timePrecision)}
                  </time>
                  <span className="muted block text-xs">{zoneName(change.timeZone)}</span>
                </td>
                <td className="px-4 py-2">
                  {TARIFF_MEASURE_LABELS[change.measure]}
                  <span className="muted block text-xs">
                    {TARIFF_SCOPE_LABELS[change.scope]}
                    {step.countsTowardsHeadline ? null : " · not in the headline"}
                  </span>
                </td>
                <td className="px-4 py-2 text-right whitespace-nowrap tabular-nums">
                  {percent(step.previousRatePercent)} → <strong>{percent(change.ratePercent)}</strong>
                </td>
                <td className="px-4 py-2 text-right font-semibold tabular-nums">{percent(step.headlineAfter)}</td>
                <td className="px-4 py-2">
                  {change.note}
                  {change.unverified ? (
                    <span className="ml-2">
                      <UnverifiedFlag />
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-2">
                  {change.sources.length === 0 ? (
                    <span className="text-amber-800 dark:text-amber-300">None recorded</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {change.sources.map((s) => (
                        <li key={s.id}>
                          <a
                            href={s.url}
                            className="text-blue-800 underline hover:no-underline dark:text-blue-300"
                            rel="noopener noreferrer"
                            title={s.title}
                          >
                            {s.publisher}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
