import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { community, synthesisCity, target } from '../../fixtures/synthesisCity';
import { runScenario } from '../run';
import type { Hiring, Scenario } from '../scenario';
import { highsSolver } from './highsSolver';
import { leadTimeValues } from './leadTime';
import type { Solver } from './model';
import type { SynthesisOptions } from './options';
import { synthesize, type SynthesisResult } from './synthesize';

let solver: Solver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

/** The separate call the plan's answer is followed by, from the basis the synthesis left. */
function leadTime(s: Scenario, r: SynthesisResult, options: SynthesisOptions = {}) {
  expect(r.leadTimeBasis).not.toBeNull();
  return leadTimeValues(s, solver, options, r.leadTimeBasis!);
}

function reRunMeets(r: SynthesisResult, ids: string[]): void {
  expect(r.status).toBe('accepted');
  const verdicts = runScenario(r.scenario!).verdicts.filter((v) => ids.includes(v.targetId));
  expect(verdicts.map((v) => [v.targetId, v.met])).toEqual(ids.map((id) => [id, true]));
}

const limit = (r: SynthesisResult, kind: 'budget' | 'hiringCapacity', year?: number) =>
  r.limitValues!.find((v) => v.limit.kind === kind && (v.limit.kind !== 'budget' || v.limit.year === year))!;

/*
 * Staffing to quota (GOV2020-3a): two communities of 1,750 households → 1,750 / 350 = 5 each, one
 * quota of 10 for the district; 6 in post, no leavers, target: the district at its quota by 2027.
 * Pay 100,000 yuan a worker split 5:5 (GOV2020-3b): 5万 to the city and 5万 to the district a year;
 * training 20,000 yuan a hire, paid by the district in the year of the hire. No other spending.
 * The engine hires min(gap, capacity) a year: with capacity c (2 ≤ c ≤ 4) it hires c in 2026
 * (6 + c in post) and 4 − c in 2027 (10 in post). In 万元:
 *   district 2026: 5 × (6 + c) + 2c = 30 + 7c        district 2027: 5 × 10 + 2 × (4 − c) = 58 − 2c
 *   city: 5 × (6 + c) + 5 × 10 = 80 + 5c            total: 168 + 10c  (c = 2: 188; c = 3: 198)
 * Every extra person of capacity hires one worker a year earlier: 10万 more in all, but 2万 of
 * training moves from the district's 2027 into its 2026.
 */
const hiring = (capacityPerYear: number): Hiring => ({ capacityPerYear, attritionRate: 0, certifiedShare: 0, bachelorShare: 0, trainingCostPerHire: 20_000, trainingPayer: 'district' });
const quotaCity = (o: Parameters<typeof synthesisCity>[2]) =>
  synthesisCity(
    [community({ id: 'A', households: 1750, staff: { inPost: 3, certified: 0, bachelor: 0 }, space: 600 }), community({ id: 'B', households: 1750, staff: { inPost: 3, certified: 0, bachelor: 0 }, space: 600 })],
    2027,
    { targets: [target('staffed', 'staffingShareMet', 1, 2027)], ...o },
  );

describe('what each limit is worth (duals and ranging at the plan found)', () => {
  // A fixed district budget of 52万 in 2027: 58 − 2c ≤ 52 → c ≥ 3, so the least cost is c = 3
  // (198万) instead of c = 2 (188万), and the 2027 budget binds. With c free as a rate,
  // c = (58 − B)/2 and the total 168 + 10c = 458 − 5B: one more 万元 saves 5万. It holds while
  // 2 ≤ c ≤ 4 (2027's hires 4 − c within capacity, and not below nothing): B from 58 − 8 = 50 to
  // 58 − 4 = 54 万元. The 2026 budget (100万) has room: worth nothing, from the 51万 spent up.
  it('a binding fixed budget: one more 万元 of the district’s 2027 budget saves 5万, for a budget of 50–54万', () => {
    const s = quotaCity({ plan: { hiring: hiring(0), budgets: { district: { '2026': 1_000_000, '2027': 520_000 } } } });
    const r = synthesize(s, solver, { freeHiring: true, freeBudgets: [] });
    reRunMeets(r, ['staffed']);
    expect(r.plan!.capacity).toBe(3);
    expect(r.cost).toBeCloseTo(1_980_000, 0);
    const b2027 = limit(r, 'budget', 2027);
    expect(b2027.value).toBeCloseTo(5, 5);
    expect(b2027.range[0]).toBeCloseTo(50, 6);
    expect(b2027.range[1]).toBeCloseTo(54, 6);
    const b2026 = limit(r, 'budget', 2026);
    expect(b2026.value).toBe(0);
    expect(b2026.range[0]).toBeCloseTo(51, 6);
    expect(b2026.range[1]).toBe(Infinity);
  });

  // The district's budget chosen, at most 52万 a year: the same c = 3, the 2027 budget at its
  // ceiling (52万) and the 2026 one below it (30 + 21 = 51万). The objective counts the chosen
  // budgets: (30 + 7c) + (58 − 2c) + city 80 + 5c = 168 + 10c, c = (58 − U₂₀₂₇)/2 → 5万 saved per
  // 万元 of the 2027 ceiling. It holds from U = 54 (c = 2) down to where 2026 meets its own ceiling:
  // 30 + 7c ≤ 52 → c ≤ 22/7 → U ≥ 58 − 44/7 = 362/7 ≈ 51.714 万元.
  it('a binding budget ceiling: one more 万元 of the 2027 ceiling saves 5万, for a ceiling of 362/7–54万', () => {
    const s = quotaCity({ plan: { hiring: hiring(0), budgets: { district: { '2026': 1_000_000, '2027': 1_000_000 } } } });
    const r = synthesize(s, solver, { freeHiring: true, budgetCeiling: { district: 520_000 } });
    reRunMeets(r, ['staffed']);
    expect(r.plan!.budgets.district).toEqual({ '2026': 510_000, '2027': 520_000 });
    const b2027 = limit(r, 'budget', 2027);
    expect(b2027.value).toBeCloseTo(5, 5);
    expect(b2027.range[0]).toBeCloseTo(362 / 7, 6);
    expect(b2027.range[1]).toBeCloseTo(54, 6);
    expect(limit(r, 'budget', 2026)).toMatchObject({ value: 0, range: [51, Infinity] });
  });

  // The plan's own capacity kept at 3 a year, no budgets: total 168 + 10c = 198万 at c = 3, and one
  // more person of capacity costs 10万 (a worker hired a year earlier): the rate is −10万. It holds
  // while 2 ≤ c ≤ 4, as above.
  it('a kept hiring capacity: one more recruit a year costs 10万, for a capacity of 2–4', () => {
    const r = synthesize(quotaCity({ plan: { hiring: hiring(3) } }), solver);
    reRunMeets(r, ['staffed']);
    const cap = limit(r, 'hiringCapacity');
    expect(cap.value).toBeCloseTo(-10, 5);
    expect(cap.range[0]).toBeCloseTo(2, 6);
    expect(cap.range[1]).toBeCloseTo(4, 6);
  });
});

/*
 * Floor space (GOV2020-4: max(300, 30 m² per 100 households)), 4,000 yuan a m², paid by the district:
 *   A: 2,000 households → 600 m² required, has 450 → 150 m² → 60万
 *   B: 1,200 households → 360 m² required, has 200 → 160 m² → 64万
 *   C: 1,500 households → 450 m² required, has 325 → 125 m² → 50万
 * No staff and no hiring, so building is the district's only spending.
 */
const A = community({ id: 'A', households: 2000, space: 450 });
const B = community({ id: 'B', households: 1200, space: 200 });
const C = community({ id: 'C', households: 1500, space: 325 });

describe('one year of building lead time (solved again, a year shorter and longer)', () => {
  // Every community by 2028, least peak district budget. A start completes lead-time years later:
  //   lead 1: starts in 2026 or 2027: three starts in two years, best {A, C} and {B}: peak 110万
  //   lead 0: starts in 2026–2028, one a year: peak 64万 (B alone) → 46万 saved
  //   lead 2: every start in 2026: 60 + 64 + 50 = 174万 → 64万 more
  it('least peak budget: a year shorter saves 46万, a year longer costs 64万', () => {
    const s = synthesisCity([A, B, C], 2028, { targets: [target('all', 'spaceShareMet', 1, 2028)], plan: { budgets: { district: { '2026': 0, '2027': 0, '2028': 0 } } } });
    const options: SynthesisOptions = { objective: { kind: 'peak', payer: 'district' } };
    const r = synthesize(s, solver, options);
    reRunMeets(r, ['all']);
    expect(r.cost).toBeCloseTo(1_100_000, 0);
    const lead = leadTime(s, r, options);
    expect(lead.map((v) => [v.from, v.years])).toEqual([[1, 0], [1, 2]]);
    expect(lead[0].saved).toBeCloseTo(46, 6);
    expect(lead[1].saved).toBeCloseTo(-64, 6);
  });

  // A and B by 2027 at least total cost: with lead 1 both start in 2026 (124万). Lead 0 lets them
  // start in 2027 too, at the same cost: nothing saved. Lead 2 completes nothing by 2027: no plan.
  it('a year longer leaves no plan; a year shorter saves nothing when timing costs nothing', () => {
    const s = synthesisCity([A, B], 2027, { targets: [target('all', 'spaceShareMet', 1, 2027)] });
    const r = synthesize(s, solver);
    reRunMeets(r, ['all']);
    expect(leadTime(s, r)).toEqual([{ years: 0, from: 1, saved: expect.closeTo(0, 6) }, { years: 2, from: 1, saved: null }]);
  });

  it('is not asked when no chosen target is on floor space', () => {
    const r = synthesize(quotaCity({ plan: { hiring: hiring(3) } }), solver);
    expect(r.leadTimeBasis).toBeNull();
  });
});

describe('a programme beyond the host’s cap', () => {
  it('is not solved: its size is the answer', () => {
    const s = synthesisCity([A, B], 2027, { targets: [target('all', 'spaceShareMet', 1, 2027)] });
    const r = synthesize(s, solver, { maxColumns: 1 });
    expect(r).toMatchObject({ status: 'tooLarge', rounds: 1, plan: null, cost: null });
    expect(r.size.cols).toBeGreaterThan(1);
  });
});
