/**
 * Budgets said out loud (a number or unlimited, never a missing cell) and CS2010-7c-4's earmarked
 * funds (专款专用): "财政和部门拨付的经费……单独核算，专款专用" — money kept for one item pays for that item
 * alone, and the payer's other items cannot use it. Worked by hand on a one-community city.
 */
import { describe, expect, it } from 'vitest';
import { community, GOV2020_PINNED as GOV, tinyCity } from '../fixtures/tinyCity';
import { runScenario } from './run';
import type { Budgets, Earmarks, Scenario } from './scenario';

const U = 'unlimited' as const;
const YEARS = ['2026', '2027', '2028', '2029', '2030'];
const row = (first: number | typeof U): Record<string, number | typeof U> => Object.fromEntries(YEARS.map((y, i) => [y, i === 0 ? first : U]));

/**
 * GOV2020's other district costs — a legal adviser per community (GOV2020-5), a police assistant per
 * village (GOV2020-5) and committee elections in 2026 (GOV2020-1) — set to 0, so the district's money
 * goes to pay and building alone and each earmark below has one other item to compete with.
 */
const PAY_AND_BUILDING_ONLY = { 'funds.legalAdviserPerCommunity': 0, 'funds.policeAssistantPerVillage': 0, 'funds.electionPerCommunity': 0 };

/**
 * C1: 2,000 households, 300 m², 6 workers in post. GOV2020: max(5, ⌈2,000 / 350⌉ = 6) = 6 workers and
 * max(300, 30 × 2,000 / 100) = 600 m² required. Pay 100,000 a worker, split 5:5: the district pays
 * 6 × 50,000 = 300,000 in 2026. The 300 m² missing cost 300 × 4,000 = 1,200,000, paid by the district.
 */
function city(mode: 'report' | 'defer', budgets: Budgets, earmarks?: Earmarks, households = 2000, capacity = 0): Scenario {
  const s = tinyCity([community({ id: 'C1', households, space: 300, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
    overrides: { ...GOV, ...PAY_AND_BUILDING_ONLY },
    plan: {
      hiring: { capacityPerYear: capacity, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 },
      // the hiring case builds nothing, so only pay draws on the budget
      building: { ...(capacity === 0 && { autoCloseFrom: 2026 }), costPerM2: 4000, leadTimeYears: 1, payer: 'district' },
      budgets,
      shortfall: { mode, priority: ['hiring', 'building'] },
    },
  });
  return earmarks ? { ...s, plan: { ...s.plan, earmarks } } : s;
}

describe('budgets: a number or unlimited', () => {
  it('reads "unlimited" and a payer with no row as no limit, and a number as one', () => {
    const none = runScenario(city('report', {})).projection.payers.district[0];
    const word = runScenario(city('report', { district: row(U) })).projection.payers.district[0];
    const number = runScenario(city('report', { district: row(1_000_000) })).projection.payers.district[0];
    // spent 300,000 pay + 1,200,000 building = 1,500,000 in every case
    expect(none).toMatchObject({ budget: null, spent: 1_500_000, shortfall: 0 });
    expect(word).toMatchObject({ budget: null, spent: 1_500_000, shortfall: 0 });
    expect(number).toMatchObject({ budget: 1_000_000, spent: 1_500_000, shortfall: 500_000 });
  });

  it('refuses a row without a horizon year rather than reading it as infinite money', () => {
    const s = city('report', {});
    s.plan.budgets = { district: { '2026': 1_000_000 } };
    expect(() => runScenario(s)).toThrow(/plan\.budgets\.district\["2027"\].*2027/);
  });
});

describe('earmarked funds (CS2010-7c-4)', () => {
  const budgets: Budgets = { district: row(1_000_000) };
  const building: Earmarks = { district: { building: { '2026': 500_000 } } };

  it('reports an earmark overspent even when the rest of the budget has money left', () => {
    // Earmark 500,000 for building, so pay shares the other 500,000.
    // Building 1,200,000 − 500,000 = 700,000 over; pay 300,000 ≤ 500,000, 200,000 unspent and not movable.
    // Shortfall 700,000, where the same budget without the earmark lacks 1,500,000 − 1,000,000 = 500,000.
    expect(runScenario(city('report', budgets, building)).projection.payers.district[0].shortfall).toBeCloseTo(700_000, 6);
    expect(runScenario(city('report', budgets)).projection.payers.district[0].shortfall).toBeCloseTo(500_000, 6);
  });

  it('starts only the building its earmark pays for when the plan waits for money', () => {
    // Earmarked: 500,000 / 4,000 = 125 m² started in 2026.
    // Not earmarked: 1,000,000 − 300,000 pay = 700,000 → 175 m².
    const started = (e?: Earmarks) => runScenario(city('defer', budgets, e)).projection.series.spaceStarted[0];
    expect(started(building)).toBeCloseTo(125, 9);
    expect(started()).toBeCloseTo(175, 9);
    const d = runScenario(city('defer', budgets, building)).projection.payers.district[0];
    expect(d).toMatchObject({ budget: 1_000_000, spent: 800_000, shortfall: 0 });
    // The earmark wanted 1,200,000 / 4,000 = 300 m²; the 175 m² that wait are 175 × 4,000 = 700,000 deferred.
    expect(d.deferred).toBeCloseTo(700_000, 6);
  });

  it('hires only as many as the pay earmark leaves room for', () => {
    // 2,701 households: max(5, ⌈2,701 / 350⌉ = 8) = 8 required, 6 in post, capacity 2.
    // District pay earmark 350,000 − 6 × 50,000 = 50,000 left → 1 hire at 50,000; the city pays its half unlimited.
    // Without the earmark the 1,000,000 budget leaves 700,000 → both hires.
    const hires = (e?: Earmarks) => runScenario(city('defer', budgets, e, 2701, 2)).projection.series.hires[0];
    expect(hires({ district: { staffPay: { '2026': 350_000 } } })).toBe(1);
    expect(hires()).toBe(2);
  });
});
