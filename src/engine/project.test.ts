/**
 * Worked cases of the projection. Each scenario is a tiny city (fixtures/tinyCity.ts) with one lever
 * switched on; the expected numbers are worked out by hand from the rules in the comments.
 */
import { describe, expect, it } from 'vitest';
import { community, GOV2020_PINNED as GOV, tinyCity } from '../fixtures/tinyCity';
import { explain } from './explain/index';
import { runScenario } from './run';
import type { Scenario } from './scenario';

const at = (r: ReturnType<typeof runScenario>, series: keyof ReturnType<typeof runScenario>['projection']['series'], year: number, e = 0) =>
  r.projection.series[series][(year - r.projection.years[0]) * r.projection.nEntities + e];
/** District d's quota in a year. */
const quotaIn = (r: ReturnType<typeof runScenario>, year: number, d = 0) => r.projection.quotas[(year - r.projection.years[0]) * r.projection.nDistricts + d];

describe('staffing', () => {
  it('hires up to the capacity each year until the GOV2020-3a requirement is met', () => {
    // 2,701 households: the community's share max(5, 2701 / 350 = 7.717) = 7.717; its district's quota
    // ⌈7.717⌉ = 8 (entity 2: community, street, district). 6 in post, capacity 1 a year, nobody leaves.
    const s = tinyCity([community({ id: 'C1', households: 2701, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
      overrides: GOV,
      plan: { hiring: { capacityPerYear: 1, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } },
      targets: [{ id: 'T', metric: 'staffingShareMet', threshold: 1, year: 2026 }],
    });
    const r = runScenario(s);
    expect(at(r, 'staffRequired', 2026)).toBeCloseTo(7.7171, 4);
    expect(quotaIn(r, 2026)).toBe(8);
    expect([2026, 2027, 2028].map((y) => at(r, 'inPost', y))).toEqual([7, 8, 8]); // 6+1, 7+1, full
    expect(r.verdicts[0]).toMatchObject({ met: false, value: 0, firstYearMet: 2027, shortfall: 1 });
    expect(r.verdicts[0].binding).toEqual({ kind: 'hiringCapacity', capacity: 1, year: 2026 });
  });

  it('loses workers at the attrition rate, carrying fractions so small teams still turn over', () => {
    // 10 in post, 5% a year = 0.5 leavers a year, no hiring. The first entity's remainder starts at
    // 0.5 × 0.618… = 0.309 (runState.phases):
    // 2026: .309 + .5 = .809 → 0; 2027: 1.309 → 1 (9 left, carry .309); 2028: .309 + .45 = .759 → 0;
    // 2029: 1.209 → 1 (8 left, carry .209); 2030: .209 + .4 = .609 → 0.
    const s = tinyCity([community({ id: 'C1', staff: { inPost: 10, certified: 0, bachelor: 0 } })], {
      overrides: GOV,
      plan: { hiring: { capacityPerYear: 0, attritionRate: 0.05, certifiedShare: 0, bachelorShare: 0 } },
    });
    const r = runScenario(s);
    expect(r.projection.years.map((y) => at(r, 'inPost', y))).toEqual([10, 9, 9, 8, 8]);
  });

  it('counts residents-committee members toward the YX2008-5 ratio', () => {
    // YX2008-5: one per 200 households, committee members included. 2,500 households → ⌈12.5⌉ = 13;
    // 8 workers + 5 committee members = 13 → met; without the members 8 < 13.
    const s = tinyCity([community({ id: 'C1', households: 2500, staff: { inPost: 8, certified: 0, bachelor: 0, committeeMembers: 5 } })], {
      ruleSet: 'YX2008',
      targets: [{ id: 'T', metric: 'staffingShareMet', threshold: 1, year: 2026 }],
    });
    expect(runScenario(s).verdicts[0].met).toBe(true);
    s.city.districts[0].streets[0].communities[0].staff.committeeMembers = 4;
    expect(runScenario(s).verdicts[0]).toMatchObject({ met: false, value: 0 });
  });
});

describe('new estates (GOV2020-2b)', () => {
  it('become communities in the year occupancy reaches 50%', () => {
    // 800 households of 2,000 dwellings, +10% a year from 2025:
    // 2026: 880 (44%); 2027: 968 (48.4%); 2028: 800 × 1.1³ = 1,064.8 → 1,065 (53%) → established.
    const s = tinyCity([community({ id: 'C1', kind: 'urbanNew', households: 800, growth: 0.1, dwellings: 2000 })], { overrides: GOV });
    const r = runScenario(s);
    expect([2026, 2027, 2028, 2029].map((y) => at(r, 'households', y))).toEqual([880, 968, 1065, 1171]);
    expect([2026, 2027, 2028].map((y) => at(r, 'established', y))).toEqual([0, 0, 1]);
    // Before it is a community nothing is required; then max(5, ⌈1065/350 = 3.04⌉ = 4) = 5 workers, and
    // GOV2020-4 new urban: max(500, 30 × 1,065 / 100 = 319.5) = 500 m².
    expect(at(r, 'staffRequired', 2027)).toBe(0);
    expect(at(r, 'staffRequired', 2028)).toBe(5);
    expect(at(r, 'spaceRequired', 2028)).toBe(500);
  });

  it('never grow past their dwellings', () => {
    // 1,900 × 1.1 = 2,090 → capped at 2,000 dwellings.
    const s = tinyCity([community({ id: 'C1', kind: 'urbanNew', households: 1900, growth: 0.1, dwellings: 2000 })], { overrides: GOV });
    expect(at(runScenario(s), 'households', 2026)).toBe(2000);
  });
});

describe('building and money', () => {
  const gap = (mode: 'report' | 'defer'): Scenario =>
    tinyCity([community({ id: 'C1', households: 2701, space: 600, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
      overrides: GOV,
      plan: {
        hiring: { capacityPerYear: 1, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 },
        building: { autoCloseFrom: 2026, costPerM2: 4000, leadTimeYears: 1, payer: 'district' },
        budgets: { district: { '2026': 1_000_000, '2027': 1_000_000 } },
        shortfall: { mode, priority: ['hiring', 'building'] },
      },
      targets: [{ id: 'S', metric: 'spaceShareMet', threshold: 1, year: 2027 }],
    });

  it('defers building the district cannot pay for, and says so', () => {
    // Required space: max(300, 30 × 2,701 / 100 = 810.3) = 810.3 m²; 600 in use → 210.3 missing.
    // District 2026: budget 1,000,000 − pay of 6 workers × 100,000 × 0.5 = 300,000 − the legal adviser
    //   20,000 (GOV2020-5) − the committee election 20,000 (GOV2020-1: 2021 + 5 = 2026) → 660,000 left;
    //   1 hire costs 50,000 → 610,000 left → 610,000 / 4,000 = 152.5 m² started, 57.8 m² deferred.
    // 2027: 600 + 152.5 = 752.5 m² in use; 1,000,000 − 7 × 50,000 − 20,000 − 1 hire 50,000 = 580,000,
    //   so the 57.8 m² start (231,200) fits; it completes in 2028.
    const r = runScenario(gap('defer'));
    const p = r.projection;
    expect(at(r, 'spaceRequired', 2026)).toBeCloseTo(810.3, 9);
    expect(at(r, 'spaceStarted', 2026)).toBeCloseTo(152.5, 9);
    expect(at(r, 'space', 2027)).toBeCloseTo(752.5, 9);
    expect(at(r, 'spaceStarted', 2027)).toBeCloseTo(57.8, 9);
    expect(at(r, 'space', 2028)).toBeCloseTo(810.3, 9);
    expect(p.payers.district[0]).toMatchObject({ budget: 1_000_000, spent: 1_000_000, shortfall: 0 });
    expect(r.verdicts[0]).toMatchObject({ met: false, firstYearMet: 2028 });
    // 57.8 m² × 4,000 = 231,200 that the district lacked in 2026
    expect(r.verdicts[0].binding).toMatchObject({ kind: 'budget', payer: 'district', year: 2026 });
    expect((r.verdicts[0].binding as { shortBy: number }).shortBy).toBeCloseTo(231_200, 6);
  });

  it('in report mode spends regardless and reports the shortfall', () => {
    // 2026 district: pay 6 × 50,000 + legal adviser 20,000 + election 20,000 + hire 50,000 + 210.3 m² × 4,000 = 841,200
    //   → 1,231,200; budget 1,000,000 → 231,200 short.
    const r = runScenario(gap('report'));
    const d = r.projection.payers.district[0];
    expect(d.spent).toBeCloseTo(1_231_200, 6);
    expect(d.shortfall).toBeCloseTo(231_200, 6);
    expect(r.verdicts[0]).toMatchObject({ met: true, firstYearMet: 2027 });
  });

  it('splits staff pay 5:5 between city and district (GOV2020-3b)', () => {
    // 2026: 7 workers (6 + 1 hire) × 100,000 × 1 × 0.5 = 350,000 each.
    const p = runScenario(gap('report')).projection;
    expect(explain(p, 'funding/city/2026/staffPay').value).toBeCloseTo(350_000, 6);
    expect(explain(p, 'entity/C1/2026/cost/staffPay/district').value).toBeCloseTo(350_000, 6);
  });

  it('holds an explicit project until its payer can pay, in priority order', () => {
    // City budget 2026 is 300,000: the 100 m² × 4,000 = 400,000 project waits; 2027 (no limit) it starts, 2028 done.
    const s = tinyCity([community({ id: 'C1', space: 300 })], {
      overrides: GOV,
      plan: {
        building: { projects: [{ id: 'P1', target: 'C1', m2: 100, startYear: 2026, priority: 1, payer: 'city' }] },
        budgets: { city: { '2026': 300_000 } },
        shortfall: { mode: 'defer', priority: ['building'] },
      },
    });
    const r = runScenario(s);
    expect(r.projection.projectStarts).toMatchObject([{ projectId: 'P1', yearIdx: 1, askedYear: 2026, completesYear: 2028 }]);
    expect(at(r, 'space', 2028)).toBe(400);
  });
});

describe('community funds', () => {
  it('pays NJ2007-21a/-22 working funds per community and the NJ2007-21b one-off reward', () => {
    // NJ2007 replay 2007–2010. Two communities: city 25,000 + district 65,000 each a year.
    // C1 (250 m²) gets a 60 m² project started 2007 → 310 m² in 2008 ≥ 300 inside the 2007–2008 window → 90,000 reward.
    const s = tinyCity(
      [community({ id: 'C1', space: 250 }), community({ id: 'C2', space: 400 })],
      {
        ruleSet: 'NJ2007',
        horizon: { baseYear: 2006, firstYear: 2007, lastYear: 2010 },
        overrides: { 'funds.cityPerCommunity': 25_000, 'funds.districtPerCommunity': 65_000, 'reward.amount': 90_000 },
        plan: { building: { projects: [{ id: 'P', target: 'C1', m2: 60, startYear: 2007, priority: 1, costPerM2: 0 }] } },
      },
    );
    const p = runScenario(s).projection;
    expect(explain(p, 'funding/city/2007/workingFunds').value).toBe(50_000); // 2 × 25,000
    expect(explain(p, 'funding/district/2007/workingFunds').value).toBe(130_000); // 2 × 65,000
    expect(explain(p, 'funding/city/2007/reward').value).toBe(0);
    expect(explain(p, 'entity/C1/2008/cost/reward/city').value).toBe(90_000);
    expect(explain(p, 'funding/city/2008/reward').value).toBe(90_000); // C2 already had 400 m²: no reward
  });

  it('pays QY-17 per household and QY-8 per registered migrant household from the street', () => {
    // 2,000 households growing 5%: 2026 2,100. 30 migrant households registered a year since 2025: 30 in 2026.
    // Street: 2,100 × 10 + 30 × 300 = 21,000 + 9,000 = 30,000 (growth alone pays no QY-8).
    const s = tinyCity([community({ id: 'C1', households: 2000, growth: 0.05, registrationsPerYear: 30 })], { ruleSet: 'QY' });
    const p = runScenario(s).projection;
    expect(explain(p, 'funding/street/2026/householdFunds').value).toBe(21_000);
    expect(explain(p, 'funding/street/2026/newHouseholdFunds').value).toBe(9_000);
    expect(p.payers.street[0].spent).toBe(30_000);
  });

  it('pays CS2010-7c-2 per worker up to the quota as a subsidy, and CS2010-7c-3 as the district’s part of pay', () => {
    // CS2010-6b: 6 required. 8 in post: city subsidy 10,000 × min(8, 6) = 60,000. Pay 100,000 a worker, no city
    // share: the district pays 8 × 100,000 = 800,000, well above its least 12,000 a worker.
    const s = tinyCity([community({ id: 'C1', staff: { inPost: 8, certified: 0, bachelor: 0 } })], {
      ruleSet: 'CS2010',
      horizon: { baseYear: 2010, firstYear: 2011, lastYear: 2012 },
      overrides: { 'pay.cityPerWorker': 10_000, 'pay.districtPerWorker': 12_000, 'staffing.minPerCommunity': 6 },
    });
    const p = runScenario(s).projection;
    expect(explain(p, 'funding/city/2011/workerSubsidy').value).toBe(60_000);
    expect(explain(p, 'funding/district/2011/staffPay').value).toBe(800_000);
    expect(p.costLines).not.toContainEqual({ item: 'workerSubsidy', payer: 'district' });
  });
});

describe('rule not in the rule set', () => {
  it('gives a null value and says which rule is missing', () => {
    // QY has no staffing rule, so the staffing metric has nothing to measure.
    const s = tinyCity([community({ id: 'C1' })], { ruleSet: 'QY', targets: [{ id: 'T', metric: 'staffingShareMet', threshold: 1, year: 2026 }] });
    const v = runScenario(s).verdicts[0];
    expect(v).toMatchObject({ met: false, value: null });
    expect(v.binding?.kind).toBe('notInRuleSet');
  });
});

describe('automatic building when money is short', () => {
  // No workers in post, so no pay: the district's budget goes to building. GOV2020-4:
  // C1: 2,701 households → max(300, 30 × 27.01 = 810.3) − 600 in use = 210.3 m² missing;
  // C2: 1,000 households → max(300, 300) − 200 = 100 m² missing. Budget 800,000 less a legal adviser
  // (20,000, GOV2020-5) and a committee election (20,000, GOV2020-1, 2026) for each community = 720,000 / 4,000 = 180 m².
  const short = (order: 'worstFirst' | 'nearestFirst' | 'proRata') =>
    runScenario(
      tinyCity([community({ id: 'C1', households: 2701, space: 600 }), community({ id: 'C2', households: 1000, space: 200 })], {
        overrides: GOV,
        plan: {
          building: { autoCloseFrom: 2026, costPerM2: 4000, leadTimeYears: 1, payer: 'district', order },
          budgets: { district: { '2026': 800_000 } },
          shortfall: { mode: 'defer', priority: ['building'] },
        },
      }),
    );
  it.each([
    { order: 'worstFirst' as const, c1: 180, c2: 0 }, // the larger gap first: 180 of C1's 210.3
    { order: 'nearestFirst' as const, c1: 80, c2: 100 }, // C2's whole 100, then 80 for C1
    { order: 'proRata' as const, c1: (210.3 * 180) / 310.3, c2: (100 * 180) / 310.3 }, // 180 shared 210.3 : 100
  ])('$order', ({ order, c1, c2 }) => {
    const r = short(order);
    expect(at(r, 'spaceStarted', 2026, 0)).toBeCloseTo(c1, 6);
    expect(at(r, 'spaceStarted', 2026, 1)).toBeCloseTo(c2, 6);
    expect(r.projection.payers.district[0].shortfall).toBe(0);
  });

  it('builds for the households expected when the building completes', () => {
    // 2,000 households growing 10%, 2-year lead: a start in 2026 completes in 2028, when there are
    // 2,000 × 1.1³ = 2,662 households → 30 × 26.62 = 798.6 m² (vs 30 × 22 = 660 in 2026).
    const r = runScenario(
      tinyCity([community({ id: 'C1', households: 2000, growth: 0.1, space: 0 })], {
        overrides: GOV,
        plan: { building: { autoCloseFrom: 2026, costPerM2: 4000, leadTimeYears: 2, payer: 'district' } },
      }),
    );
    expect(at(r, 'spaceRequired', 2026)).toBeCloseTo(660, 9);
    expect(at(r, 'spaceStarted', 2026)).toBeCloseTo(798.6, 9);
  });
});

describe('GOV2020-3a: the minimum and the ratio are for urban communities', () => {
  it('gives a village no requirement unless the scenario adds the ratio', () => {
    // 1,000 households at 350 per worker: urban share max(5, 2.857) = 5; the village 0 (城市社区专职工作人员:
    // the clause's standard is for urban communities). Quota ⌈5 + 0⌉ = 5.
    const r = runScenario(tinyCity([community({ id: 'U', households: 1000 }), community({ id: 'R', households: 1000, kind: 'rural' })], { overrides: GOV }));
    expect([at(r, 'staffRequired', 2026, 0), at(r, 'staffRequired', 2026, 1), quotaIn(r, 2026)]).toEqual([5, 0, 5]);
    // With the ratio extended to villages: the village's share 1000 / 350 = 2.857, no minimum; quota ⌈7.857⌉ = 8.
    const added = runScenario(tinyCity([community({ id: 'U', households: 1000 }), community({ id: 'R', households: 1000, kind: 'rural' })], { overrides: { ...GOV, 'staffing.ratioUrbanOnly': 0 } }));
    expect(at(added, 'staffRequired', 2026, 1)).toBeCloseTo(2.857, 3);
    expect(quotaIn(added, 2026)).toBe(8);
  });
});
