/**
 * GOV2020-3a, county-level total management: 城市社区专职工作人员实行总量管理，以县（市、区）为单位，按照
 * 每300至400户配备1人、每个城市社区不少于5人的标准核定总量. The quota is ⌈Σ max(5, households ÷ ratio)⌉
 * over a district's urban communities, rounded once on the total; staff are pooled across the district.
 * Worked by hand; tinyCity lays entities out as communities, then streets, then districts.
 */
import { describe, expect, it } from 'vitest';
import { community, GOV2020_PINNED as GOV, tinyCity } from '../fixtures/tinyCity';
import { evaluateFormula, explain } from './explain/index';
import { metricById } from './metrics';
import { runScenario } from './run';
import type { Community, Scenario } from './scenario';
import { districtStaffing, sharingDistrictStaffing } from './staffQuota';
import { summarize } from './summary';

const staff = (inPost: number) => ({ inPost, certified: 0, bachelor: 0 });
const oneYear = { baseYear: 2025, firstYear: 2026, lastYear: 2026 };

/** tinyCity with a second district D2 holding the communities given. */
function twoDistricts(d1: Community[], d2: Community[], overrides: Scenario['ruleSet']['overrides'] = GOV, capacity = 0): Scenario {
  const s = tinyCity(d1, { overrides, horizon: oneYear, plan: { hiring: { capacityPerYear: capacity, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } } });
  s.city.districts.push({ id: 'D2', name: 'D2', centreSpace: 0, streets: [{ id: 'S2', name: 'S2', class: 2, centreSpace: 0, stationStaff: 0, communities: d2 }] });
  return s;
}

const quotaOf = (s: Scenario) => {
  const p = runScenario(s).projection;
  return Array.from(p.quotas.subarray(0, p.nDistricts));
};

describe('the district quota (GOV2020-3a)', () => {
  it('the minimum binds every community: two urban communities and a village at 1:300', () => {
    // 1,450 / 300 = 4.83 → 5; 800 / 300 = 2.67 → 5; the village 0 (the clause is for urban communities).
    // ⌈5 + 5 + 0⌉ = 10.
    const s = tinyCity(
      [community({ id: 'A', households: 1450 }), community({ id: 'B', households: 800 }), community({ id: 'V', households: 900, kind: 'rural' })],
      { overrides: { ...GOV, 'staffing.householdsPerWorker': 300 }, horizon: oneYear },
    );
    expect(quotaOf(s)).toEqual([10]);
    expect(summarize(runScenario(s)).totals[0].staffRequired).toBe(10);
  });

  it('the ratio exceeds the minimum: rounding once on the total, not per community', () => {
    // At 1:350: 2,000 → 5.714; 2,100 → 6; 1,850 → 5.286. Σ = 17 (2,000 + 1,850 = 3,850 = 11 × 350), quota 17.
    // Rounded per community it would be 6 + 6 + 6 = 18; the village of 1,400 adds nothing.
    const s = tinyCity(
      [
        community({ id: 'A', households: 2000 }),
        community({ id: 'B', households: 2100 }),
        community({ id: 'C', households: 1850 }),
        community({ id: 'V', households: 1400, kind: 'rural' }),
      ],
      { overrides: GOV, horizon: oneYear },
    );
    expect(quotaOf(s)).toEqual([17]);
    const perCommunity = summarize(runScenario({ ...s, ruleSet: { ...s.ruleSet, overrides: { ...GOV, 'staffing.quotaByDistrict': 0 } } })).totals[0];
    expect([perCommunity.staffQuotaLevel, perCommunity.staffRequired]).toEqual(['community', 18]);
    // The village counted by the same ratio once a scenario extends it: 1,400 / 350 = 4, quota ⌈21⌉ = 21.
    expect(quotaOf({ ...s, ruleSet: { ...s.ruleSet, overrides: { ...GOV, 'staffing.ratioUrbanOnly': 0 } } })).toEqual([21]);
  });

  it('rounds a fractional total up once', () => {
    // 2,000 / 350 = 5.714 and 1,900 / 350 = 5.429: Σ 11.143 → 12 (per community 6 + 6 = 12 as well);
    // 2,000 and 1,800 (5.143): Σ 10.857 → 11, where per community it would be 6 + 6 = 12.
    expect(quotaOf(tinyCity([community({ id: 'A', households: 2000 }), community({ id: 'B', households: 1900 })], { overrides: GOV, horizon: oneYear }))).toEqual([12]);
    expect(quotaOf(tinyCity([community({ id: 'A', households: 2000 }), community({ id: 'B', households: 1800 })], { overrides: GOV, horizon: oneYear }))).toEqual([11]);
  });
});

describe('the gap and the verdicts are the district’s', () => {
  // Quota 17 as above. In post A 4, B 7, C 5, the village 3: the pool counts 4 + 7 + 5 = 16 (the village's
  // workers are outside the clause), so the district lacks 17 − 16 = 1. Counted per community the gaps
  // would be (6 − 4) + 0 + (6 − 5) = 3.
  const city = [
    community({ id: 'A', households: 2000, staff: staff(4) }),
    community({ id: 'B', households: 2100, staff: staff(7) }),
    community({ id: 'C', households: 1850, staff: staff(5) }),
    community({ id: 'V', households: 1400, kind: 'rural', staff: staff(3) }),
  ];

  it('without hiring: a gap of 1 and the one district not met', () => {
    const p = runScenario(tinyCity(city, { overrides: GOV, horizon: oneYear })).projection;
    expect(metricById('staffGap')!.compute(p, 0, -1)).toBe(1);
    expect(metricById('staffingShareMet')!.compute(p, 0, -1)).toBe(0);
  });

  it('a results build shares the district totals, and a draw that rewrites the arrays after it sees its own', () => {
    // Quota ⌈5.714 + 6 + 5.286⌉ = 17, counted 4 + 7 + 5 = 16 (the village is outside the pool): gap 1.
    // One more worker in A written in place, as a draw does: counted 17, gap 0.
    const p = runScenario(tinyCity(city, { overrides: GOV, horizon: oneYear })).projection;
    const gap = () => metricById('staffGap')!.compute(p, 0, -1);
    expect(sharingDistrictStaffing(() => [gap(), districtStaffing(p, 0) === districtStaffing(p, 0)])).toEqual([1, true]);
    p.series.inPost[0] += 1;
    expect(gap()).toBe(0);
    expect(sharingDistrictStaffing(gap)).toBe(0);
  });

  it('the hire goes to the community furthest below its own share', () => {
    // Deficits: A 5.714 − 4 = 1.714, B 6 − 7 = −1, C 5.286 − 5 = 0.286 → A. Capacity 5, but only 1 is missing.
    const s = tinyCity(city, { overrides: GOV, horizon: oneYear, plan: { hiring: { capacityPerYear: 5, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } } });
    const p = runScenario(s).projection;
    expect(Array.from(p.series.hires.subarray(0, 4))).toEqual([1, 0, 0, 0]);
    expect(metricById('staffGap')!.compute(p, 0, -1)).toBe(0);
    expect(metricById('staffingShareMet')!.compute(p, 0, -1)).toBe(1);
  });

  it('places several hires by levelling the deficits', () => {
    // A alone with 1 in post, C with 3, B with 7: pool 11, quota 17, 6 missing. Deficits A 4.714, B −1, C 2.286.
    // Hires one by one to the largest deficit: A → 3.714, A → 2.714, A → 1.714, then C (2.286 > 1.714) → 1.286,
    // A → 0.714, C → 0.286. A gets 4, C 2.
    const few = [community({ id: 'A', households: 2000, staff: staff(1) }), community({ id: 'B', households: 2100, staff: staff(7) }), community({ id: 'C', households: 1850, staff: staff(3) })];
    const s = tinyCity(few, { overrides: GOV, horizon: oneYear, plan: { hiring: { capacityPerYear: 10, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } } });
    expect(Array.from(runScenario(s).projection.series.hires.subarray(0, 3))).toEqual([4, 0, 2]);
  });

  it('two districts: one meets its quota, the other does not; a district target reads its own', () => {
    // D1: one community of 2,100 households → share 6, quota 6, 6 in post: met.
    // D2: 1,000 → max(5, 2.857) = 5 and 2,450 → 7, quota 12; 5 + 6 = 11 in post, lacking 1.
    const s = twoDistricts([community({ id: 'A', households: 2100, staff: staff(6) })], [community({ id: 'B', households: 1000, staff: staff(5) }), community({ id: 'C', households: 2450, staff: staff(6) })]);
    s.targets = [
      { id: 'city', metric: 'staffingShareMet', threshold: 1, year: 2026 },
      { id: 'd1', metric: 'staffingShareMet', threshold: 1, year: 2026, scope: { district: 'D1' } },
      { id: 'gap', metric: 'staffGap', threshold: 0, year: 2026 },
    ];
    expect(quotaOf(s)).toEqual([6, 12]);
    const r = runScenario(s);
    // Share of districts meeting their quota: 1 of 2.
    expect(r.verdicts.map((v) => [v.targetId, v.value, v.met])).toEqual([
      ['city', 0.5, false],
      ['d1', 1, true],
      ['gap', 1, false],
    ]);
    // The CLI's totals: the quotas 6 + 12 = 18, the gap 0 + 1 = 1.
    const t = summarize(r, s.targets).totals[0];
    expect([t.staffRequired, t.staffGap]).toEqual([18, 1]);
  });

  it('an over-staffed district does not cover another’s shortfall', () => {
    // D1 quota 6 with 9 in post (3 over); D2 quota 12 with 11 (1 short): the city's gap is 1, not 0.
    const s = twoDistricts([community({ id: 'A', households: 2100, staff: staff(9) })], [community({ id: 'B', households: 1000, staff: staff(5) }), community({ id: 'C', households: 2450, staff: staff(6) })]);
    expect(metricById('staffGap')!.compute(runScenario(s).projection, 0, -1)).toBe(1);
  });
});

describe('the quota explains itself', () => {
  it('as ⌈Σ shares⌉ with each community’s share an input that explains itself in turn', () => {
    const s = tinyCity([community({ id: 'A', households: 2000 }), community({ id: 'B', households: 1800 }), community({ id: 'V', households: 900, kind: 'rural' })], { overrides: GOV, horizon: oneYear });
    const p = runScenario(s).projection;
    const e = explain(p, 'entity/D1/2026/staffQuota');
    // 5.714 + 5.143 = 10.857 → 11; the village is not in the pool.
    expect(e.value).toBe(11);
    expect(e.inputs.map((i) => i.path)).toEqual(['entity/A/2026/staffRequired', 'entity/B/2026/staffRequired']);
    expect(evaluateFormula(e.formula, e.inputs)).toBe(11);
    expect(e.rules).toEqual(['GOV2020-3a']);
    const a = explain(p, 'entity/A/2026/staffRequired');
    expect(a.value).toBeCloseTo(2000 / 350, 9);
    expect(evaluateFormula(a.formula, a.inputs)).toBeCloseTo(5.714, 3);
    expect(explain(p, 'entity/V/2026/staffRequired').value).toBe(0);
  });

  it('counted per community there is no district quota, and it says why', () => {
    const p = runScenario(tinyCity([community({ id: 'A' })], { ruleSet: 'NJ2007', horizon: { baseYear: 2009, firstYear: 2010, lastYear: 2010 } })).projection;
    expect(explain(p, 'entity/D1/2010/staffQuota')).toMatchObject({ value: 0, note: 'noDistrictQuota' });
  });
});
