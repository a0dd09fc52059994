import type { TariffDirection, TariffMeasure, TariffScope } from "../generated/prisma/enums";

/**
 * The headline level of one side's tariffs on the other: the sum of the current rates of its
 * measures that apply to ALL goods. Measures on selected goods only (China's farm and energy
 * counter-tariffs) do not raise the rate on a typical product, so they are shown as steps with
 * their own rate but left out of the sum. Tariffs in force before 2025 are not tracked, so the
 * headline starts at zero.
 */
export const HEADLINE_SCOPE: TariffScope = "ALL_GOODS";

export const TARIFF_DIRECTIONS = ["US_ON_CHINA", "CHINA_ON_US"] as const satisfies readonly TariffDirection[];

export interface TariffChangeInput {
  id: number;
  direction: TariffDirection;
  measure: TariffMeasure;
  scope: TariffScope;
  /** The measure's rate from `effectiveAt` on; 0 means lifted. */
  ratePercent: number;
  effectiveAt: Date;
}

export interface MeasureInForce {
  measure: TariffMeasure;
  scope: TariffScope;
  ratePercent: number;
}

export interface TariffStep<T extends TariffChangeInput> {
  change: T;
  /** The measure's rate just before this change (0 if it was not in force). */
  previousRatePercent: number;
  headlineBefore: number;
  headlineAfter: number;
  /** Whether this change moves the headline's scope (false for selected-goods measures). */
  countsTowardsHeadline: boolean;
  /** Every measure in force right after this change, selected-goods ones included. */
  inForce: MeasureInForce[];
}

export type TariffSeries<T extends TariffChangeInput> = Record<TariffDirection, TariffStep<T>[]>;

/** Changes in the order they took effect; two at the same instant keep the order they were recorded in. */
export function inEffectOrder<T extends TariffChangeInput>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime() || a.id - b.id);
}

function headlineOf(inForce: Map<TariffMeasure, MeasureInForce>): number {
  let sum = 0;
  for (const measure of inForce.values()) if (measure.scope === HEADLINE_SCOPE) sum += measure.ratePercent;
  return sum;
}

/** One step per change, per direction, each with the headline before and after it. */
export function tariffSeries<T extends TariffChangeInput>(changes: readonly T[]): TariffSeries<T> {
  const series: TariffSeries<T> = { US_ON_CHINA: [], CHINA_ON_US: [] };
  for (const direction of TARIFF_DIRECTIONS) {
    const inForce = new Map<TariffMeasure, MeasureInForce>();
    for (const change of inEffectOrder(changes.filter((c) => c.direction === direction))) {
      const headlineBefore = headlineOf(inForce);
      const previousRatePercent = inForce.get(change.measure)?.ratePercent ?? 0;
      if (change.ratePercent === 0) inForce.delete(change.measure);
      else
        inForce.set(change.measure, { measure: change.measure, scope: change.scope, ratePercent: change.ratePercent });
      series[direction].push({
        change,
        previousRatePercent,
        headlineBefore,
        headlineAfter: headlineOf(inForce),
        countsTowardsHeadline: change.scope === HEADLINE_SCOPE,
        inForce: [...inForce.values()],
      });
    }
  }
  return series;
}

/** The headline level in force at an instant (a change counts from its own instant on). */
export function headlineAt<T extends TariffChangeInput>(
  series: TariffSeries<T>,
  direction: TariffDirection,
  at: Date,
): number {
  let level = 0;
  for (const step of series[direction]) {
    if (step.change.effectiveAt.getTime() > at.getTime()) break;
    level = step.headlineAfter;
  }
  return level;
}

/** The highest headline either side reached: the top of a chart's scale. */
export function peakHeadline<T extends TariffChangeInput>(series: TariffSeries<T>): number {
  return Math.max(0, ...TARIFF_DIRECTIONS.flatMap((d) => series[d].map((s) => s.headlineAfter)));
}
