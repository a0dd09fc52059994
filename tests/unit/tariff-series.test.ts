import { describe, expect, it } from "vitest";
import {
  headlineAt,
  inEffectOrder,
  peakHeadline,
  tariffSeries,
  type TariffChangeInput,
} from "@/lib/domain/tariff-series";
import { instantInZone } from "@/lib/domain/time";
import { seedData } from "../../prisma/seed/data";

const seeded: TariffChangeInput[] = seedData.tariffChanges.map((change, index) => ({ ...change, id: index + 1 }));
const series = tariffSeries(seeded);
const washington = (local: string) => instantInZone(local, "America/New_York");
const beijing = (local: string) => instantInZone(local, "Asia/Shanghai");

describe("the seeded headline levels", () => {
  it("follows the US tariffs on China through escalation, the Geneva and Busan cuts, the IEEPA ruling and Section 122's end", () => {
    expect(headlineAt(series, "US_ON_CHINA", washington("2025-01-31"))).toBe(0);
    expect(headlineAt(series, "US_ON_CHINA", washington("2025-02-04T12:00"))).toBe(10);
    expect(headlineAt(series, "US_ON_CHINA", washington("2025-04-09T12:00"))).toBe(104);
    expect(headlineAt(series, "US_ON_CHINA", washington("2025-04-10T12:00"))).toBe(145);
    expect(headlineAt(series, "US_ON_CHINA", washington("2025-05-14T12:00"))).toBe(30);
    expect(headlineAt(series, "US_ON_CHINA", washington("2025-11-10T12:00"))).toBe(20);
    expect(headlineAt(series, "US_ON_CHINA", washington("2026-02-24T12:00"))).toBe(10);
    expect(headlineAt(series, "US_ON_CHINA", washington("2026-07-24T00:00"))).toBe(10);
    expect(headlineAt(series, "US_ON_CHINA", washington("2026-07-24T00:01"))).toBe(0);
  });

  it("follows China's tariffs on the US, leaving the selected-goods counter-tariffs out of the headline", () => {
    expect(headlineAt(series, "CHINA_ON_US", beijing("2025-02-10T12:00"))).toBe(0);
    expect(headlineAt(series, "CHINA_ON_US", beijing("2025-04-10T12:00"))).toBe(84);
    expect(headlineAt(series, "CHINA_ON_US", beijing("2025-04-12T12:00"))).toBe(125);
    expect(headlineAt(series, "CHINA_ON_US", beijing("2025-05-14T12:00"))).toBe(10);
    expect(headlineAt(series, "CHINA_ON_US", beijing("2025-11-10T12:00"))).toBe(10);
  });

  it("counts a change from its own instant on, not a minute before", () => {
    const takesEffect = washington("2025-04-10T00:01");
    expect(headlineAt(series, "US_ON_CHINA", new Date(takesEffect.getTime() - 60_000))).toBe(104);
    expect(headlineAt(series, "US_ON_CHINA", takesEffect)).toBe(145);
  });

  it("has one step per change, and the peak is 145", () => {
    expect(series.US_ON_CHINA.length + series.CHINA_ON_US.length).toBe(seeded.length);
    expect(peakHeadline(series)).toBe(145);
  });

  it("shows a selected-goods change as a step that leaves the headline where it was", () => {
    const farm = series.CHINA_ON_US.find((s) => s.change.measure === "COUNTER_FARM" && s.change.ratePercent === 15);
    expect(farm).toMatchObject({
      countsTowardsHeadline: false,
      headlineBefore: 0,
      headlineAfter: 0,
      previousRatePercent: 0,
    });
    expect(farm?.inForce.map((m) => m.measure)).toEqual(["COUNTER_FENTANYL", "COUNTER_FARM"]);
    const lifted = series.CHINA_ON_US.at(-1);
    expect(lifted?.change.ratePercent).toBe(0);
    expect(lifted?.previousRatePercent).toBe(15);
    expect(lifted?.inForce.map((m) => m.measure)).not.toContain("COUNTER_FARM");
  });
});

describe("changes at the same instant", () => {
  const at = new Date("2026-02-24T05:00:00Z");
  const changes: TariffChangeInput[] = [
    {
      id: 1,
      direction: "US_ON_CHINA",
      measure: "FENTANYL_IEEPA",
      scope: "ALL_GOODS",
      ratePercent: 10,
      effectiveAt: new Date("2025-11-10T05:01:00Z"),
    },
    {
      id: 2,
      direction: "US_ON_CHINA",
      measure: "RECIPROCAL_IEEPA",
      scope: "ALL_GOODS",
      ratePercent: 10,
      effectiveAt: new Date("2025-05-14T04:01:00Z"),
    },
    {
      id: 4,
      direction: "US_ON_CHINA",
      measure: "RECIPROCAL_IEEPA",
      scope: "ALL_GOODS",
      ratePercent: 0,
      effectiveAt: at,
    },
    { id: 3, direction: "US_ON_CHINA", measure: "FENTANYL_IEEPA", scope: "ALL_GOODS", ratePercent: 0, effectiveAt: at },
  ];

  it("each get a step of their own, in the order they were recorded, chained one after the other", () => {
    const steps = tariffSeries(changes).US_ON_CHINA;
    expect(steps.map((s) => s.change.id)).toEqual([2, 1, 3, 4]);
    expect(steps.map((s) => [s.headlineBefore, s.headlineAfter])).toEqual([
      [0, 10],
      [10, 20],
      [20, 10],
      [10, 0],
    ]);
    expect(headlineAt(tariffSeries(changes), "US_ON_CHINA", at)).toBe(0);
  });

  it("orders by instant, then id, without changing the input", () => {
    const copy = [...changes];
    expect(inEffectOrder(changes).map((c) => c.id)).toEqual([2, 1, 3, 4]);
    expect(changes).toEqual(copy);
  });
});

it("an empty history has no steps and a zero headline", () => {
  const empty = tariffSeries([]);
  expect(empty).toEqual({ US_ON_CHINA: [], CHINA_ON_US: [] });
  expect(headlineAt(empty, "CHINA_ON_US", new Date())).toBe(0);
  expect(peakHeadline(empty)).toBe(0);
});
