import { chartGeometry } from "./chart-geometry";
import { ROUND_KIND_LABELS, TARIFF_DIRECTION_LABELS, TARIFF_MEASURE_LABELS } from "@/lib/domain/labels";
import { TARIFF_DIRECTIONS, headlineAt, type TariffSeries, type TariffStep } from "@/lib/domain/tariff-series";
import { formatDaySpan, formatInstant } from "@/lib/domain/time";
import type { TariffDirection } from "@/lib/generated/prisma/enums";
import type { ChartRound, TariffChangeRecord } from "@/lib/queries/tariffs";

const LINE_CLASS: Record<TariffDirection, string> = { US_ON_CHINA: "stroke-us", CHINA_ON_US: "stroke-cn" };
const DOT_CLASS: Record<TariffDirection, string> = { US_ON_CHINA: "border-us", CHINA_ON_US: "border-cn" };
const FILL_CLASS: Record<TariffDirection, string> = { US_ON_CHINA: "bg-us", CHINA_ON_US: "bg-cn" };

const percent = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

function stepDescription(step: TariffStep<TariffChangeRecord>): string {
  const { change } = step;
  const when = formatInstant(change.effectiveAt, change.timeZone, change.timePrecision);
  const measure = `${TARIFF_MEASURE_LABELS[change.measure]} ${percent(step.previousRatePercent)} → ${percent(change.ratePercent)}`;
  const headline = step.countsTowardsHeadline
    ? `headline ${percent(step.headlineBefore)} → ${percent(step.headlineAfter)}`
    : `selected goods only, headline stays ${percent(step.headlineAfter)}`;
  const sources =
    change.sources.length > 0 ? `Source: ${change.sources.map((s) => s.publisher).join(", ")}` : "No source recorded";
  return `${TARIFF_DIRECTION_LABELS[change.direction]}, ${when}: ${measure}; ${headline}. ${sources}.`;
}

/** Keeps a tooltip inside the plot: centred on its anchor where it fits, else against the nearer edge. */
function tooltipPosition(x: number, y: number) {
  const horizontal = { left: `clamp(0px, calc(${x}% - 8rem), calc(100% - min(16rem, 100%)))` };
  return y < 45 ? { ...horizontal, top: `calc(${y}% + 1rem)` } : { ...horizontal, bottom: `calc(${100 - y}% + 1rem)` };
}

const tooltipClass =
  "pointer-events-none absolute z-20 hidden w-[min(16rem,100%)] rounded-lg border border-stone-300 bg-white p-3 text-left text-xs leading-snug text-stone-800 shadow-lg group-hover:block group-focus-within:block dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200";

export function TariffChart({
  series,
  rounds,
  now,
}: {
  series: TariffSeries<TariffChangeRecord>;
  rounds: ChartRound[];
  now: number;
}) {
  const geometry = chartGeometry(
    series,
    rounds.map((r) => r.startsAt),
    now,
  );
  const today = geometry.x(new Date(now));
  const current = Object.fromEntries(TARIFF_DIRECTIONS.map((d) => [d, headlineAt(series, d, new Date(now))])) as Record<
    TariffDirection,
    number
  >;

  return (
    <figure className="space-y-3" aria-labelledby="tariff-chart-caption">
      <figcaption id="tariff-chart-caption" className="space-y-1">
        <span className="block text-sm text-stone-700 dark:text-stone-300">
          Headline additional tariff over time. Each dot is one change: hover over it or move to it with the Tab key for
          its measure, rate and source; the table below has every change with links to its sources.
        </span>
        <span className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="tariff-now">
          {TARIFF_DIRECTIONS.map((d) => (
            <span key={d} className="inline-flex items-center gap-2">
              <span aria-hidden="true" className={`inline-block h-1 w-5 rounded ${FILL_CLASS[d]}`} />
              {TARIFF_DIRECTION_LABELS[d]}: <strong className="tabular-nums">{percent(current[d])}</strong> today
            </span>
          ))}
        </span>
      </figcaption>

      <div className="pt-8 pr-2 pb-8 pl-11">
        <div className="relative h-72 sm:h-96" data-testid="tariff-chart">
          <svg
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            className="absolute inset-0 size-full overflow-visible"
            aria-hidden="true"
            focusable="false"
          >
            {geometry.yTicks.map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={100}
                y1={geometry.y(tick)}
                y2={geometry.y(tick)}
                vectorEffect="non-scaling-stroke"
                className="stroke-stone-200 dark:stroke-stone-800"
              />
            ))}
            {rounds.map((round) => (
              <line
                key={round.slug}
                x1={geometry.x(round.startsAt)}
                x2={geometry.x(round.startsAt)}
                y1={0}
                y2={100}
                vectorEffect="non-scaling-stroke"
                strokeDasharray="3 4"
                className={
                  round.kind === "LEADERS_MEETING" ? "stroke-amber-500" : "stroke-stone-400 dark:stroke-stone-600"
                }
              />
            ))}
            <line
              x1={today}
              x2={today}
              y1={0}
              y2={100}
              vectorEffect="non-scaling-stroke"
              className="stroke-stone-900 dark:stroke-stone-100"
              strokeWidth={1}
            />
            {TARIFF_DIRECTIONS.map((d) => (
              <path
                key={d}
                d={geometry.paths[d]}
                fill="none"
                strokeWidth={2.5}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
                className={LINE_CLASS[d]}
              />
            ))}
          </svg>

          {geometry.yTicks.map((tick) => (
            <span
              key={tick}
              aria-hidden="true"
              className="absolute -left-11 w-9 -translate-y-1/2 text-right text-xs text-stone-600 tabular-nums dark:text-stone-400"
              style={{ top: `${geometry.y(tick)}%` }}
            >
              {tick}%
            </span>
          ))}
          {geometry.xTicks.map((tick, i) => (
            <span
              key={tick.at.toISOString()}
              aria-hidden="true"
              className={`muted absolute top-full mt-1.5 -translate-x-1/2 text-xs whitespace-nowrap ${i % 2 === 1 && !tick.label.includes(" ") ? "max-sm:hidden" : ""}`}
              style={{ left: `${geometry.x(tick.at)}%` }}
            >
              {tick.label}
            </span>
          ))}
          <span
            aria-hidden="true"
            className="absolute bottom-full mb-1 -translate-x-1/2 text-[0.65rem] font-semibold tracking-wide text-stone-700 uppercase dark:text-stone-300"
            style={{ left: `${today}%` }}
          >
            Today
          </span>

          {rounds.map((round) => {
            const x = geometry.x(round.startsAt);
            const leaders = round.kind === "LEADERS_MEETING";
            const when = formatDaySpan(round.startsAt, round.endsAt, round.timeZone);
            return (
              <div key={round.slug} className="group" data-testid="chart-round">
                <a
                  href={`/rounds/${round.slug}`}
                  aria-label={`${ROUND_KIND_LABELS[round.kind]}: ${round.title}, ${when}`}
                  className="absolute -top-7 z-10 flex size-6 -translate-x-1/2 items-center justify-center"
                  style={{ left: `${x}%` }}
                >
                  <span
                    aria-hidden="true"
                    className={`size-2.5 rotate-45 ${leaders ? "bg-amber-500" : "bg-stone-500"}`}
                  />
                </a>
                <div aria-hidden="true" className={tooltipClass} style={tooltipPosition(x, 0)}>
                  <p className="font-semibold">{round.title}</p>
                  <p>
                    {ROUND_KIND_LABELS[round.kind]} · {when}
                  </p>
                </div>
              </div>
            );
          })}

          {TARIFF_DIRECTIONS.flatMap((d) =>
            series[d].map((step) => {
              const { change } = step;
              const x = geometry.x(change.effectiveAt);
              const y = geometry.y(step.headlineAfter);
              return (
                <div key={change.id} className="group" data-testid="tariff-step" data-direction={d}>
                  <a
                    href={`#tariff-change-${change.id}`}
                    aria-label={stepDescription(step)}
                    className="absolute z-10 flex size-6 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full"
                    style={{ left: `${x}%`, top: `${y}%` }}
                  >
                    <span
                      aria-hidden="true"
                      className={`size-3 rounded-full border-2 ${DOT_CLASS[d]} ${step.countsTowardsHeadline ? FILL_CLASS[d] : "bg-white dark:bg-stone-950"}`}
                    />
                  </a>
                  <div
                    aria-hidden="true"
                    className={tooltipClass}
                    style={tooltipPosition(x, y)}
                    data-testid="tariff-tooltip"
                  >
                    <p className="font-semibold">{TARIFF_DIRECTION_LABELS[d]}</p>
                    <p className="muted">{formatInstant(change.effectiveAt, change.timeZone, change.timePrecision)}</p>
                    <p className="mt-1">
                      {TARIFF_MEASURE_LABELS[change.measure]}: {percent(step.previousRatePercent)} →{" "}
                      <strong>{percent(change.ratePercent)}</strong>
                      {step.countsTowardsHeadline ? null : " (selected goods; not in the headline)"}
                    </p>
                    <p>
                      Headline: {percent(step.headlineBefore)} → <strong>{percent(step.headlineAfter)}</strong>
                    </p>
                    {step.inForce.length > 0 ? (
                      <p className="muted mt-1">
                        In force:{" "}
                        {step.inForce
                          .map((m) => `${TARIFF_MEASURE_LABELS[m.measure]} ${percent(m.ratePercent)}`)
                          .join("; ")}
                      </p>
                    ) : null}
                    <p className="mt-1">{change.note}</p>
                    <p className="muted mt-1">
                      {change.sources.length > 0
                        ? `Source: ${change.sources.map((s) => s.publisher).join(", ")}`
                        : "No source recorded"}
                    </p>
                  </div>
                </div>
              );
            }),
          )}
        </div>
      </div>

      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-stone-700 dark:text-stone-300" aria-label="Legend">
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="size-3 rounded-full border-2 border-stone-500 bg-stone-500" /> Change to a
          measure on all goods
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="size-3 rounded-full border-2 border-stone-500 bg-white dark:bg-stone-950"
          />{" "}
          Selected goods only (not in the headline)
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rotate-45 bg-stone-500" /> Negotiation round
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rotate-45 bg-amber-500" /> Leaders&apos; meeting
        </li>
      </ul>
    </figure>
  );
}
