import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { community, GOV2020_PINNED as GOV, tinyCity } from '../fixtures/tinyCity';
import { runScenario } from './run';
import { PAYERS } from './scenario';
import { summarize } from './summary';

const scenario = smallScenario();
const result = runScenario(scenario);
const summary = summarize(result, scenario.targets);

describe('summarize', () => {
  it('has one totals row per year and one funding row per payer and year', () => {
    expect(summary.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(summary.totals.map((t) => t.year)).toEqual(summary.years);
    expect(summary.funding).toHaveLength(summary.years.length * PAYERS.length);
    expect(summary.centres).toHaveLength(summary.years.length * 2);
    expect(summary.scenario).toBe(scenario.name);
    expect(summary.ruleSet).toBe('GOV2020');
  });

  it('totals the communities of a hand-worked city, year by year (GOV2020-3a, GOV2020-4)', () => {
    // Two urban communities, no building, hiring capacity 1 a year, nobody leaves.
    // Households: C1 2,000 flat; C2 1,000 growing 10%: 1,100 in 2026, 1,210 in 2027.
    // Residents follow households: C2 2,800 × 1,100 / 1,000 = 3,080, then × 1,210 / 1,000 = 3,388.
    // Staff (GOV2020-3a, one quota for the district, ⌈Σ max(5, h / 350)⌉): C1 2000 / 350 = 5.714;
    // C2 1100 / 350 = 3.14 → 5, then 1210 / 350 = 3.46 → 5; quota ⌈10.714⌉ = 11 both years.
    // In post 4 + 6 = 10: the district lacks 1 and hires it in 2026, into C1 (furthest below its share:
    // 5.714 − 4 = 1.714 against C2's 5 − 6 = −1). Then 5 + 6 = 11 meets the quota: no hire in 2027, though
    // C1 alone is still below its own 5.714 (counted per community it would lack 1 and hire again).
    // Space (GOV2020-4, max(300, 30 m² per 100 households)): C1 600; C2 330, then 363.
    const s = tinyCity(
      [
        community({ id: 'C1', households: 2000, residents: 5600, staff: { inPost: 4, certified: 0, bachelor: 0 }, space: 500 }),
        community({ id: 'C2', households: 1000, residents: 2800, growth: 0.1, staff: { inPost: 6, certified: 0, bachelor: 0 } }),
      ],
      { overrides: GOV, horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2027 }, plan: { hiring: { capacityPerYear: 1, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } } },
    );
    const none = { spaceStarted: 0, spaceCompleted: 0, leavers: 0, communities: 2 };
    expect(summarize(runScenario(s)).totals).toEqual([
      // gap max(0, quota − in post) = 11 − 11 = 0 after the hire
      { year: 2026, households: 3100, residents: 8680, staffQuotaLevel: 'district', staffRequired: 11, inPost: 11, hires: 1, staffGap: 0, spaceRequired: 930, space: 500, ...none },
      { year: 2027, households: 3210, residents: 8988, staffQuotaLevel: 'district', staffRequired: 11, inPost: 11, hires: 0, staffGap: 0, spaceRequired: 963, space: 500, ...none },
    ]);
  });

  it('totals street and district centres apart from the communities', () => {
    // One street centre of 400 m² and one district centre of 1,000 m²; GOV2020 sets neither a centre's
    // floor space nor its staff, so nothing is required and nothing is built.
    const s = tinyCity([community({ id: 'C1' })], { overrides: GOV, horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2026 }, streetCentre: 400, districtCentre: 1000 });
    const zero = { staffRequired: 0, inPost: 0, hires: 0, spaceRequired: 0, spaceStarted: 0, spaceCompleted: 0 };
    expect(summarize(runScenario(s)).centres).toEqual([
      { year: 2026, level: 'street', count: 1, ...zero, space: 400 },
      { year: 2026, level: 'district', count: 1, ...zero, space: 1000 },
    ]);
  });

  it('adds each payer’s items up to what it spent', () => {
    for (const row of summary.funding) {
      const items = Object.values(row.items).reduce((s, v) => s + (v ?? 0), 0);
      expect(items).toBeCloseTo(row.spent, 4);
      expect(row.shortfall).toBe(row.budget === null ? 0 : Math.max(0, row.spent - row.budget));
    }
  });

  it('lists only the items a payer carries under the rule set', () => {
    // GOV2020 has no per-household funds (QY-17, QY-8), so the street carries building alone.
    const street = summary.funding.find((f) => f.payer === 'street')!;
    expect(Object.keys(street.items).sort()).toEqual(['building', 'training']);
    const city = summary.funding.find((f) => f.payer === 'city')!;
    expect(Object.keys(city.items)).toContain('staffPay');
    expect(Object.keys(city.items)).not.toContain('householdFunds');
  });

  it('shows the budgets the plan set, null where it set none', () => {
    const at = (payer: string, year: number) => summary.funding.find((f) => f.payer === payer && f.year === year)!;
    expect(at('city', 2026).budget).toBe(5_000_000);
    expect(at('district', 2027).budget).toBeNull();
    expect(at('street', 2026).budget).toBeNull();
  });

  it('carries every verdict with its target’s label, rule and scope', () => {
    expect(summary.verdicts.map((v) => v.targetId)).toEqual(['T1', 'T2']);
    expect(summary.verdicts[0]).toMatchObject({ ...result.verdicts[0], label: scenario.targets[0].label, rule: 'GOV2020-3a' });
    expect(summary.verdicts[1]).toMatchObject({ targetId: 'T2', rule: 'GOV2020-4', district: 'D2' });
    expect(summary.verdicts[1].label).toBeUndefined();
  });

  it('is plain JSON: a round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('works without targets and leaves the run untouched', () => {
    const before = JSON.stringify(result.verdicts);
    const bare = summarize(result);
    expect(bare.verdicts.map((v) => v.label)).toEqual([undefined, undefined]);
    expect(JSON.stringify(result.verdicts)).toBe(before);
  });
});
