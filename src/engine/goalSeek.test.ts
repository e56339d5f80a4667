import { describe, expect, it } from 'vitest';
import { facility, placed, spatialCity } from '../fixtures/spatialCity';
import { community, tinyCity } from '../fixtures/tinyCity';
import { goalSeek } from './goalSeek';
import { leverRange, setLever, type Lever } from './levers';
import { runScenario } from './run';
import type { Scenario } from './scenario';
import { drawInputs } from './uncertainty/drawInputs';

/**
 * A floor-space gap of exactly 1,200 m² under GOV2020-4 (max(300, 30 m² per 100 households)):
 *   A: 2,000 households, 0 m²   → needs max(300, 30 × 20) = 600 m², lacks 600
 *   B: 3,000 households, 300 m² → needs max(300, 30 × 30) = 900 m², lacks 600
 * The district builds at 4,000 yuan/m² with a one-year lead: starts in 2026 are in use in 2027.
 * Closing the gap by 2027 takes 1,200 m² × 4,000 yuan/m² = 4,800,000 yuan = 480万 in 2026; with
 * building deferred when money is short, a smaller budget leaves part of it to 2027, too late.
 */
/** GOV2020's other district costs (legal advisers, GOV2020-5; elections, GOV2020-1) set to 0, so money buys floor space or pay alone. */
const BUILDING_AND_PAY_ONLY = { 'funds.legalAdviserPerCommunity': 0, 'funds.policeAssistantPerVillage': 0, 'funds.electionPerCommunity': 0 };

function spaceCase(): Scenario {
  return tinyCity([community({ id: 'A', households: 2000, space: 0 }), community({ id: 'B', households: 3000, space: 300 })], {
    overrides: BUILDING_AND_PAY_ONLY,
    plan: { building: { autoCloseFrom: 2026 }, shortfall: { mode: 'defer', priority: ['hiring', 'building'] } },
    targets: [{ id: 'space-2027', metric: 'spaceGap', threshold: 0, year: 2027 }],
  });
}

/**
 * 20 workers at 100,000 yuan each: 2,000,000 yuan of pay a year, split by the city's share s. The
 * city and the district each have 1,200,000 a year. Total shortfall = max(0, 2,000,000 s − 1,200,000)
 * + max(0, 2,000,000 (1 − s) − 1,200,000): zero for s from 0.4 to 0.6, rising on either side — the
 * outcome first improves and then worsens as s rises.
 */
function payCase(): Scenario {
  const staffed = { inPost: 10, certified: 0, bachelor: 0 };
  return tinyCity([community({ id: 'A', staff: staffed }), community({ id: 'B', staff: staffed })], {
    overrides: BUILDING_AND_PAY_ONLY,
    plan: { budgets: { city: { '2026': 1_200_000 }, district: { '2026': 1_200_000 } } },
    targets: [{ id: 'no-gap-2026', metric: 'fundingGap.total', threshold: 0, year: 2026 }],
  });
}

// The building programme's payer, the district (tinyCity).
const budget: Lever = { path: 'plan.budgets.district' };

describe('goalSeek, deterministic', () => {
  it('finds the 480万 a year that closes a 1,200 m² gap at 4,000 yuan/m² with a one-year lead', () => {
    const s = spaceCase();
    const r = goalSeek(s, 'space-2027', budget);
    expect(r.value).toBe(4_800_000);
    expect(r.met).toBe(true);
    expect(r.outcome).toBe(0);
    expect(r.monotone).toBe(true);
    // With the district unlimited it spends exactly 4,800,000 in 2026, so that is the top of the range.
    expect(r.range).toEqual([0, 4_800_000]);
    // 9 sampled points, then bisection between the last two (480 steps of 1万 apart: ⌈log₂ 60⌉ = 6).
    expect(r.evaluations).toBeLessThanOrEqual(9 + 6);
    // One step of 1万 less is not enough.
    const short = runScenario(setLever(s, budget, 4_790_000)).verdicts[0];
    expect(short.met).toBe(false);
    expect(short.value).toBeCloseTo(2.5, 9); // 10,000 yuan short = 2.5 m² not started in 2026
  });

  it('says when no value in the range is enough', () => {
    const r = goalSeek(spaceCase(), 'space-2027', budget, { range: [0, 1_000_000] });
    expect(r.value).toBeNull();
    expect(r.met).toBe(false);
    // 1,000,000 yuan builds 250 m² in 2026: 950 m² still lacking in 2027.
    expect(r.outcome).toBe(950);
  });

  it('reports an outcome that is not monotone in the lever, and where', () => {
    const r = goalSeek(payCase(), 'no-gap-2026', { path: 'plan.pay.cityShare' });
    expect(r.value).toBe(0.4);
    expect(r.monotone).toBe(false);
    // Sampled at 0, 0.125, …, 1: met at 0.5 (no shortfall), short again at 0.625 (city: 1,250,000 − 1,200,000).
    expect(r.reversals[0]).toEqual({ from: 0.5, to: 0.625 });
    expect(r.samples.find((x) => x.value === 0.625)!.outcome).toBeCloseTo(50_000, 6);
  });

  it('opens the first N candidate facilities, and finds the N that brings a community within reach', () => {
    // FAR is 5 km from the only market; the first candidate is too far as well, the second beside it.
    const s = spatialCity([placed('NEAR', 0, 0, 100), placed('FAR', 5000, 0, 100)], [facility('M0', 'market', 0, 0)]);
    s.targets = [{ id: 'markets', metric: 'coverage.market', threshold: 1, year: 2030 }];
    const candidates = [facility('C1', 'market', 2500, 0, 2027), facility('C2', 'market', 5100, 0, 2028)];
    const r = goalSeek(s, 'markets', { path: 'plan.facilities', candidates });
    expect(r.value).toBe(2);
    expect(setLever(s, { path: 'plan.facilities', candidates }, 1).plan.facilities!.map((f) => f.id)).toEqual(['C1']);
  });
});

describe('goalSeek over uncertainty', () => {
  const uncertain = (): Scenario => ({
    ...spaceCase(),
    uncertainty: { draws: 50, inputs: [{ what: 'budget', payer: 'district', distribution: { kind: 'normal', mean: 1, sd: 0.1, min: 0.7, max: 1.3 } }] },
  });

  it('finds the least budget met in at least 80% of the same 50 draws, and its probability is the share of draws met', () => {
    const s = uncertain();
    const r = goalSeek(s, 'space-2027', budget, { probability: 0.8 });
    // Draw k delivers m_k of the budget, so it closes the gap when m_k × budget ≥ 4,800,000.
    const m = Array.from({ length: 50 }, (_, k) => drawInputs(s, k).values[0]);
    const share = (b: number) => m.filter((x) => x * b >= 4_800_000).length / 50;
    expect(r.met).toBe(true);
    expect(r.probability).toBe(share(r.value!));
    expect(share(r.value!)).toBeGreaterThanOrEqual(0.8);
    expect(share(r.value! - 10_000)).toBeLessThan(0.8);
    // The default range reaches the leanest draw: 4,800,000 / 0.7 rounded up to 1万.
    expect(r.range).toEqual([0, 6_860_000]);
    expect(r.monotone).toBe(true);
  });

  it('needs the number of draws when the scenario has no uncertainty block', () => {
    expect(() => goalSeek(spaceCase(), 'space-2027', budget, { probability: 0.9 })).toThrow(/draws/);
    const r = goalSeek(spaceCase(), 'space-2027', budget, { probability: 0.9, draws: 3 });
    // No inputs: every draw is the plan itself, so the answer is the deterministic one.
    expect(r.value).toBe(4_800_000);
    expect(r.probability).toBe(1);
  });
});

describe('setLever', () => {
  it('sets each lever on a copy and leaves the scenario as it was', () => {
    const s = payCase();
    const before = structuredClone(s);
    expect(setLever(s, { path: 'plan.budgets.city' }, 5).plan.budgets.city).toEqual({ '2026': 5, '2027': 5, '2028': 5, '2029': 5, '2030': 5 });
    expect(setLever(s, { path: 'plan.hiring.capacityPerYear' }, 12).plan.hiring.capacityPerYear).toBe(12);
    expect(setLever(s, { path: 'plan.pay.cityShare' }, 0.3).plan.pay.cityShare).toBe(0.3);
    expect(setLever(s, { path: 'ruleSet.overrides["staffing.householdsPerWorker"]' }, 320).ruleSet.overrides).toEqual({ ...BUILDING_AND_PAY_ONLY, 'staffing.householdsPerWorker': 320 });
    expect(s).toEqual(before);
  });

  it('searches a rule parameter over the range its document allows', () => {
    // GOV2020-3a: 300–400 households per worker.
    expect(leverRange(payCase(), { path: 'ruleSet.overrides["staffing.householdsPerWorker"]' })).toEqual([300, 400]);
    // GOV2020 gives no range for the minimum per community: a search needs one given.
    expect(leverRange(payCase(), { path: 'ruleSet.overrides["staffing.minPerCommunity"]' })).toBeNull();
    expect(() => goalSeek(payCase(), 'no-gap-2026', { path: 'ruleSet.overrides["staffing.minPerCommunity"]' })).toThrow(/no range/);
  });
});
