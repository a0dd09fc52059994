import { scaleLinear, scaleUtc } from "d3-scale";
import { curveStepAfter, line } from "d3-shape";
import { TARIFF_DIRECTIONS, type TariffChangeInput, type TariffSeries } from "@/lib/domain/tariff-series";
import type { TariffDirection } from "@/lib/generated/prisma/enums";

// Positions are percentages of the plot area, so the SVG (viewBox 0 0 100 100, stretched) and the
// HTML labels and targets laid over it line up at any width, and text keeps its real size on a phone.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const monthStart = (ms: number, addMonths = 0) => {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + addMonths, 1));
};

export interface ChartGeometry {
  x: (instant: Date) => number;
  y: (percent: number) => number;
  yTicks: number[];
  xTicks: { at: Date; label: string }[];
  paths: Record<TariffDirection, string>;
}

/** Scales from the first month with data to the month after the latest of the data and `now`. */
export function chartGeometry<T extends TariffChangeInput>(
  series: TariffSeries<T>,
  otherInstants: Date[],
  now: number,
): ChartGeometry {
  const instants = [
    ...TARIFF_DIRECTIONS.flatMap((d) => series[d].map((s) => s.change.effectiveAt.getTime())),
    ...otherInstants.map((d) => d.getTime()),
  ];
  const start = monthStart(Math.min(now, ...instants));
  const end = monthStart(Math.max(now, ...instants), 2);
  const x = scaleUtc().domain([start, end]).range([0, 100]);
  const peak = Math.max(10, ...TARIFF_DIRECTIONS.flatMap((d) => series[d].map((s) => s.headlineAfter)));
  // A little headroom over the peak, to the next 25 points, so the top step never touches the edge.
  const y = scaleLinear()
    .domain([0, Math.ceil((peak * 1.05) / 25) * 25])
    .range([100, 0]);

  const stepLine = line<[Date, number]>()
    .x(([at]) => x(at))
    .y(([, level]) => y(level))
    .curve(curveStepAfter);
  const paths = Object.fromEntries(
    TARIFF_DIRECTIONS.map((direction) => {
      const steps = series[direction];
      const points: [Date, number][] = [
        [start, 0],
        ...steps.map((s): [Date, number] => [s.change.effectiveAt, s.headlineAfter]),
        [end, steps.at(-1)?.headlineAfter ?? 0],
      ];
      return [direction, stepLine(points) ?? ""];
    }),
  ) as Record<TariffDirection, string>;

  const xTicks: { at: Date; label: string }[] = [];
  for (let at = monthStart(start.getTime()); at <= end; at = monthStart(at.getTime(), 1)) {
    const month = at.getUTCMonth();
    // Quarters only, and none so near an edge that its label would hang outside the chart.
    if (month % 3 !== 0 || x(at) < 3 || x(at) > 94) continue;
    xTicks.push({
      at,
      label: month === 0 || xTicks.length === 0 ? `${MONTHS[month]} ${at.getUTCFullYear()}` : MONTHS[month]!,
    });
  }

  return { x: (instant) => x(instant), y: (percent) => y(percent), yTicks: y.ticks(4), xTicks, paths };
}
