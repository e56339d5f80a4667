/**
 * Dated and per-district overrides, worked by hand. GOV2020-3b splits pay city:district 5:5; a reform
 * moves the city's share to 0.6 from 2028. GOV2020-3a lets districts choose a ratio within 300–400.
 */
import { describe, expect, it } from 'vitest';
import { community, fullRows, tinyCity } from '../fixtures/tinyCity';
import { explain } from './explain';
import { overrideInYear } from './overrides';
import { costLineIndex } from './runState';
import { runScenario } from './run';
import type { Scenario } from './scenario';

const P = 100_000; // benchmark pay per worker, yuan a year, no growth (tinyCity)
const N = 10; // workers in post; no hiring, no leavers

function cost(s: Scenario, item: 'staffPay', payer: 'city' | 'district', year: number, entity = 0): number {
  const p = runScenario(s).projection;
  return p.costs[costLineIndex(item, payer)][p.years.indexOf(year) * p.nEntities + entity];
}

describe('a dated override holds from its year on', () => {
  const reform = tinyCity([community({ id: 'C1', households: 1000, staff: { inPost: N, certified: 0, bachelor: 0 } })], {
    overrides: { 'pay.cityShare': { '2028': 0.6 } },
  });

  it('reads the rule set before the first date and the override from it', () => {
    expect(overrideInYear({ '2028': 0.6, '2030': 0.7 }, 2027)).toBeNull();
    expect(overrideInYear({ '2028': 0.6, '2030': 0.7 }, 2029)).toEqual({ value: 0.6, from: 2028 });
    expect(overrideInYear({ '2028': 0.6, '2030': 0.7 }, 2030)).toEqual({ value: 0.7, from: 2030 });
    expect(overrideInYear(0.6, 2026)).toEqual({ value: 0.6, from: 'all' });
  });

  it('GOV2020-3b: the city pays 0.5·N·P in 2027 and 0.6·N·P in 2028', () => {
    // 2027: 0.5 × 10 × 100,000 = 500,000 (GOV2020's 5:5); 2028: 0.6 × 10 × 100,000 = 600,000
    expect(cost(reform, 'staffPay', 'city', 2027)).toBeCloseTo(0.5 * N * P, 6);
    expect(cost(reform, 'staffPay', 'city', 2028)).toBeCloseTo(0.6 * N * P, 6);
    // the district's part falls from 500,000 to 0.4 × 10 × 100,000 = 400,000
    expect(cost(reform, 'staffPay', 'district', 2027)).toBeCloseTo(500_000, 6);
    expect(cost(reform, 'staffPay', 'district', 2028)).toBeCloseTo(400_000, 6);
  });

  it('the explanation shows the share in force that year and says it is an override from 2028', () => {
    const p = runScenario(reform).projection;
    const before = explain(p, 'entity/C1/2027/cost/staffPay/city');
    const after = explain(p, 'entity/C1/2028/cost/staffPay/city');
    const share = (x: typeof after) => x.inputs.find((i) => i.kind === 'payerShare');
    expect(share(before)).toEqual({ kind: 'payerShare', value: 0.5, unit: 'share' });
    expect(share(after)).toEqual({ kind: 'payerShare', value: 0.6, unit: 'share', override: { from: 2028 } });
  });
});

/** Two districts, one community each of 3,000 households; GOV2020 minimum 5 per community. */
function twoDistricts(choice: Partial<Scenario['ruleSet']>): Scenario {
  const s = tinyCity([community({ id: 'C1', households: 3000, staff: { inPost: N, certified: 0, bachelor: 0 } })]);
  const d2 = { ...s.city.districts[0], id: 'D2', name: 'D2', streets: [{ ...s.city.districts[0].streets[0], id: 'S2', name: 'S2', communities: [community({ id: 'C2', households: 3000, staff: { inPost: N, certified: 0, bachelor: 0 } })] }] };
  return { ...s, city: { ...s.city, districts: [s.city.districts[0], d2] }, ruleSet: { ...s.ruleSet, ...choice } };
}

describe('per-district values where the document lets districts choose', () => {
  it('GOV2020-3a: D1 at 300 and D2 at 400 households per worker', () => {
    // Shares (GOV2020-3a, one quota per district): D1 max(5, 3000 / 300) = 10; D2 max(5, 3000 / 400) = 7.5, quota ⌈7.5⌉ = 8
    const s = twoDistricts({ districtOverrides: { 'staffing.householdsPerWorker': { D1: 300, D2: 400 } } });
    const p = runScenario(s).projection;
    expect([p.series.staffRequired[0], p.series.staffRequired[1]]).toEqual([10, 7.5]);
    expect(Array.from(p.quotas.subarray(0, p.nDistricts))).toEqual([10, 8]);
    const x = explain(p, 'entity/C2/2026/staffRequired');
    expect(x.inputs.find((i) => i.kind === 'householdsPerWorker')).toEqual({ kind: 'householdsPerWorker', value: 400, unit: 'household', override: { from: 'all', district: 'D2' } });
  });

  it('a district without its own value keeps the city-wide one, and a dated district value starts in its year', () => {
    // D1 at 300 from 2028: 2027 reads GOV2020's 350 → quota ⌈3000/350⌉ = ⌈8.57⌉ = 9; 2028 → 10. D2 none: 9 throughout.
    const s = twoDistricts({ districtOverrides: { 'staffing.householdsPerWorker': { D1: { '2028': 300 } } } });
    const p = runScenario(s).projection;
    const at = (year: number, d: number) => p.quotas[p.years.indexOf(year) * p.nDistricts + d];
    expect([at(2027, 0), at(2028, 0), at(2027, 1), at(2028, 1)]).toEqual([9, 10, 9, 9]);
  });

  it('a different city share in one district: D2 at 0.7, D1 on GOV2020-3b 0.5', () => {
    // D1 city: 0.5 × 10 × 100,000 = 500,000; D2 city: 0.7 × 10 × 100,000 = 700,000, district 300,000
    const s = twoDistricts({ districtOverrides: { 'pay.cityShare': { D2: 0.7 } } });
    expect(cost(s, 'staffPay', 'city', 2026, 0)).toBeCloseTo(500_000, 6);
    expect(cost(s, 'staffPay', 'city', 2026, 1)).toBeCloseTo(700_000, 6);
    expect(cost(s, 'staffPay', 'district', 2026, 1)).toBeCloseTo(300_000, 6);
    const p = runScenario(s).projection;
    expect(p.payers.city[0].spent).toBeCloseTo(1_200_000, 6);
    const share = explain(p, 'entity/C2/2026/cost/staffPay/district').inputs.find((i) => i.kind === 'payerShare');
    expect(share?.value).toBeCloseTo(0.3, 12);
    expect(share?.override).toEqual({ from: 'all', district: 'D2' });
  });
});

describe('hiring within budget where districts pay different city shares', () => {
  it('counts the dearest district per hire, so the city budget holds', () => {
    // Each community needs ⌈3000/350⌉ = 9 (GOV2020-3a) and has 5: 8 gaps. City pays 5 × 100,000 × 0.5 (D1)
    // + 5 × 100,000 × 0.7 (D2) = 600,000 for staff in post; a budget of 750,000 leaves 150,000, and at the
    // dearer 70,000 per hire that is ⌊2.14⌋ = 2 hires whichever district they go to (at D1's 50,000 it would be 3).
    // The budget row says 750,000 for 2026 and unlimited for the later years, as a row must cover the horizon.
    const s = twoDistricts({ districtOverrides: { 'pay.cityShare': { D2: 0.7 } } });
    const five = { inPost: 5, certified: 0, bachelor: 0 };
    s.city.districts.forEach((d) => (d.streets[0].communities[0].staff = five));
    s.plan = { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear: 100 }, budgets: fullRows({ city: { '2026': 750_000 } }, s.horizon), shortfall: { mode: 'defer', priority: ['hiring', 'building'] } };
    const p = runScenario(s).projection;
    expect(p.series.hires[0] + p.series.hires[1]).toBe(2);
    expect(p.payers.city[0].spent).toBeLessThanOrEqual(750_000);
  });
});
