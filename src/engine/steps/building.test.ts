/**
 * The automatic programme writes the rows of the year's starts, their cost and their completions
 * outright where no start has written them yet, and adds to them where a project has: each case below
 * has a project write the row first.
 */
import { describe, expect, it } from 'vitest';
import { GOV2020_PINNED, community, tinyCity } from '../../fixtures/tinyCity';
import type { BuildingProject } from '../plan';
import type { CostValues } from '../projection';
import { runScenario } from '../run';
import { costLineIndex } from '../runState';

/** Community A (2,000 households, no growth, no space) under GOV2020: max(300, 30 × 2,000 ÷ 100) = 600 m² (GOV2020-4). */
function withProject(project: Partial<BuildingProject>, autoCloseFrom: number) {
  const s = tinyCity([community({ id: 'A', households: 2000 })], {
    overrides: GOV2020_PINNED,
    plan: { building: { autoCloseFrom, projects: [{ id: 'P', target: 'A', m2: 100, startYear: 2026, priority: 1, ...project }] } },
  });
  const p = runScenario(s).projection;
  // A is entity 0 of 3 (A, its street, its district); years 2026–2030 are rows 0–4.
  const at = (values: CostValues, year: number) => values[(year - 2026) * p.nEntities];
  return { p, at };
}

describe('the automatic programme beside projects', () => {
  it('adds its start to a project’s of the same year and payer', () => {
    // 2026: the project starts 100 m² (district, 4,000 yuan/m²); the programme the rest of the 600: 500.
    // Started 100 + 500 = 600 m², costing 600 × 4,000 = 2,400,000 yuan; both complete in 2027.
    const { p, at } = withProject({}, 2026);
    expect(at(p.series.spaceStarted, 2026)).toBe(600);
    expect(at(p.costs[costLineIndex('building', 'district')], 2026)).toBe(2_400_000);
    expect(at(p.series.spaceCompleted, 2027)).toBe(600);
  });

  it('adds its start to a project’s paid by another payer, and writes its own payer’s cost', () => {
    // The city pays the project's 100 m² (400,000 yuan); the district the programme's 500 (2,000,000).
    const { p, at } = withProject({ payer: 'city' }, 2026);
    expect(at(p.series.spaceStarted, 2026)).toBe(600);
    expect(at(p.costs[costLineIndex('building', 'city')], 2026)).toBe(400_000);
    expect(at(p.costs[costLineIndex('building', 'district')], 2026)).toBe(2_000_000);
  });

  it('adds its completions to a project’s started earlier with a longer lead', () => {
    // The project starts 100 m² in 2026 for 2028 (two years); the programme, from 2027 with a year's
    // lead, starts 600 − 100 pending = 500 m², also for 2028: 600 m² complete in 2028, none in 2027.
    const { p, at } = withProject({ leadTimeYears: 2 }, 2027);
    expect(at(p.series.spaceStarted, 2027)).toBe(500);
    expect(at(p.series.spaceCompleted, 2027)).toBe(0);
    expect(at(p.series.spaceCompleted, 2028)).toBe(600);
    expect(at(p.series.space, 2028)).toBe(600);
  });
});

/**
 * A, B and C (2,000, 1,000 and 4,000 households, no growth, no space) under GOV2020 need
 * max(300, 30 × h ÷ 100): 600, 300 and 1,200 m², 2,100 in all (GOV2020-4; the stations need none).
 * The district has 5,200,000 yuan in 2026, at 4,000 yuan/m² 1,300 m², and defers the rest; its
 * per-community funds are set to nothing so that building is all it pays for.
 */
function shortOfMoney(order: 'worstFirst' | 'nearestFirst') {
  const s = tinyCity([community({ id: 'A', households: 2000 }), community({ id: 'B', households: 1000 }), community({ id: 'C', households: 4000 })], {
    overrides: { ...GOV2020_PINNED, 'funds.legalAdviserPerCommunity': 0, 'funds.electionPerCommunity': 0 },
    plan: { building: { autoCloseFrom: 2026, order }, budgets: { district: { '2026': 5_200_000 } }, shortfall: { mode: 'defer', priority: ['hiring', 'building'] } },
  });
  const p = runScenario(s).projection;
  // A, B and C are entities 0–2; 2026 is row 0, 2027 row 1.
  const row = (values: CostValues, year: number) => Array.from(values.subarray((year - 2026) * p.nEntities, (year - 2026) * p.nEntities + 3));
  return { p, row };
}

describe('the automatic programme short of money', () => {
  it('starts the largest gaps whole, the next with what is left, and defers the rest (worst first)', () => {
    // C's 1,200 whole, A the 100 left, B nothing: 800 m² deferred, 800 × 4,000 = 3,200,000 yuan.
    const { p, row } = shortOfMoney('worstFirst');
    expect(row(p.series.spaceStarted, 2026)).toEqual([100, 0, 1200]);
    expect(row(p.costs[costLineIndex('building', 'district')], 2026)).toEqual([400_000, 0, 4_800_000]);
    expect(row(p.series.spaceCompleted, 2027)).toEqual([100, 0, 1200]);
    expect(p.building[0]).toMatchObject({ demand: 2100, started: 1300, deferred: 800 });
    expect(p.payers.district[0].deferred).toBe(3_200_000);
    // A place not taken is +0 in every row, not −0.
    expect(Object.is(row(p.series.spaceStarted, 2026)[1], 0) && Object.is(row(p.series.spaceCompleted, 2027)[1], 0)).toBe(true);
  });

  it('starts the smallest gaps whole first (nearest first)', () => {
    // B's 300 and A's 600 whole (900), C the 400 left: again 800 m² and 3,200,000 yuan deferred.
    const { p, row } = shortOfMoney('nearestFirst');
    expect(row(p.series.spaceStarted, 2026)).toEqual([600, 300, 400]);
    expect(row(p.series.spaceCompleted, 2027)).toEqual([600, 300, 400]);
    expect(p.building[0]).toMatchObject({ demand: 2100, started: 1300, deferred: 800 });
    expect(p.payers.district[0].deferred).toBe(3_200_000);
  });
});

/**
 * Two districts, one community and one street each: A in D1 (2,000 households: 600 m²) and C in D2
 * (4,000: 1,200 m²) under GOV2020, and each street 500 m² short of a 500 m² centre. A flat city lists
 * A, C, then S1, S2: each district's places come back after the other's. The district has 4,000,000
 * yuan in 2026, 1,000 m² at 4,000 yuan/m².
 */
function twoDistricts() {
  const s = tinyCity([], {
    overrides: { ...GOV2020_PINNED, 'space.streetCentreMin': 500, 'funds.legalAdviserPerCommunity': 0, 'funds.electionPerCommunity': 0 },
    plan: { building: { autoCloseFrom: 2026 }, budgets: { district: { '2026': 4_000_000 } }, shortfall: { mode: 'defer', priority: ['hiring', 'building'] } },
  });
  const [d1] = s.city.districts;
  const street = (d: number, c: ReturnType<typeof community>) => ({ ...d1.streets[0], id: `S${d}`, name: `S${d}`, communities: [c] });
  s.city.districts = [
    { ...d1, id: 'D1', name: 'D1', streets: [street(1, community({ id: 'A', households: 2000 }))] },
    { ...d1, id: 'D2', name: 'D2', streets: [street(2, community({ id: 'C', households: 4000 }))] },
  ];
  return runScenario(s).projection;
}

describe('what the automatic programme defers, district by district', () => {
  it('adds a district’s places that come back after another district’s to what it deferred before', () => {
    // Worst first: C's 1,200 m² get the 1,000 the money buys. D1 defers A's 600 and S1's 500 m²,
    // (600 + 500) × 4,000 = 4,400,000 yuan; D2 C's other 200 and S2's 500, 700 × 4,000 = 2,800,000.
    const p = twoDistricts();
    expect(p.building[0]).toMatchObject({ demand: 2800, started: 1000, deferred: 1800 });
    expect(p.payers.district[0].deferredIn).toEqual([4_400_000, 2_800_000]);
    expect(p.payers.district[0].deferred).toBe(7_200_000);
  });
});

describe('the automatic programme past the horizon', () => {
  it('aims at households that a 32-bit count could not hold', () => {
    // A: 1,000,000 households growing 260% a year, 3.6 times a year. In 2030 a start with a two-year
    // lead aims at 2032's households, 1,000,000 × 3.6⁷ = 7,836,416,409.6, so 7,836,416,410, beyond 2³¹,
    // while the run's own years (at most 3.6⁵ times, 604,661,760) keep its counts in 32 bits. GOV2020
    // asks 30 m² per 100 households: 2,350,924,923 m², all started in 2030 with money unlimited.
    const s = tinyCity([community({ id: 'A', households: 1_000_000, growth: 2.6 })], {
      overrides: GOV2020_PINNED,
      plan: { building: { autoCloseFrom: 2030, leadTimeYears: 2 } },
    });
    const p = runScenario(s).projection;
    expect(p.series.households).toBeInstanceOf(Int32Array);
    expect(p.series.spaceStarted[4 * p.nEntities]).toBe(2_350_924_923);
  });
});
