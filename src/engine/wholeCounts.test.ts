import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { community, tinyCity } from '../fixtures/tinyCity';
import { flatten } from './flatten';
import { horizonYears, ruleSetOf } from './project';
import { resolveDistrictParams, resolveParams } from './resolveParams';
import type { Scenario } from './scenario';
import { countsFit } from './wholeCounts';

type Flat = ReturnType<typeof flatten>;

/** countsFit of s over the given flat city (as repeated runs of one city pass it), or a fresh one. */
function fitsOn(s: Scenario, flat: Flat): boolean {
  const years = horizonYears(s);
  const params = resolveParams(ruleSetOf(s), s.ruleSet.overrides, years);
  const districtParams = resolveDistrictParams(s.ruleSet, s.city.districts.map((d) => d.id), years);
  return countsFit(s, flat, params, districtParams, years);
}

function fits(s: Scenario, change?: (flat: Flat) => void): boolean {
  const flat = flatten(s.city);
  change?.(flat);
  return fitsOn(s, flat);
}

/** One community of a million households and residents that doubles every year, lastYear − 2025 years ahead. */
const doubling = (lastYear: number) =>
  tinyCity([community({ id: 'C1', households: 1_000_000, residents: 1_000_000, growth: 1 })], { horizon: { baseYear: 2025, firstYear: 2026, lastYear } });

describe('counts in 32-bit integers', () => {
  it('fit for a checked scenario of whole households, residents and staff', () => {
    expect(fits(smallScenario())).toBe(true);
  });

  it('fit while the households that can be reached stay below 2³¹, and not past it', () => {
    // 11 years ahead: at most 10⁶ × 2¹¹ = 2,048,000,000 households (+ the margin and ½ a community),
    // residents at most 10⁶ × (2¹¹ + ½) = 2,048,500,000: both below 2³¹ − 1 = 2,147,483,647.
    expect(fits(doubling(2036))).toBe(true);
    // 12 years ahead: 10⁶ × 2¹² = 4,096,000,000 households, past 2³¹.
    expect(fits(doubling(2037))).toBe(false);
  });

  it('do not fit where an authored minimum asks for fractional posts', () => {
    const s = smallScenario();
    // A minimum of 4.5 workers: a community's gap, hence its hires, can be 4.5.
    s.ruleSet.overrides = { ...s.ruleSet.overrides, 'staffing.minPerCommunity': 4.5 };
    expect(fits(s)).toBe(false);
    s.ruleSet.overrides = { ...s.ruleSet.overrides, 'staffing.minPerCommunity': 4 };
    expect(fits(s)).toBe(true);
  });

  it('do not fit a base figure a 32-bit integer would change: −0, a fraction, a fractional committee', () => {
    // Written into the city: flatten tallies the counts as it writes them (wholeCounts.ts tallied).
    const household = smallScenario();
    household.city.districts[0].streets[0].communities[0].households = -0;
    expect(fits(household)).toBe(false);
    const staff = smallScenario();
    staff.city.districts[0].streets[0].communities[1].staff.inPost = 2.5;
    expect(fits(staff)).toBe(false);
    // Committee members count toward staff only where the rule set says so (YX2008-5).
    const counting = { ...smallScenario(), ruleSet: { id: 'YX2008' } };
    expect(fits(counting, (f) => (f.entities.committee[2] = 0.5))).toBe(false);
    expect(fits(smallScenario(), (f) => (f.entities.committee[2] = 0.5))).toBe(true);
    const dwellings = smallScenario();
    dwellings.city.districts[0].streets[0].communities[0].dwellings = NaN;
    expect(fits(dwellings)).toBe(false);
  });

  it('do not fit where hiring capacity could take staff past 2³¹', () => {
    const s = smallScenario();
    // 5 years × 429,496,730 hires = 2,147,483,650 > 2³¹ − 1, before any base staff.
    s.plan.hiring.capacityPerYear = 429_496_730;
    expect(fits(s)).toBe(false);
    s.plan.hiring.capacityPerYear = 1_000_000;
    expect(fits(s)).toBe(true);
  });

  it('are checked again for each run on the same flat city: what the plan, rule set and a draw change is not taken from an earlier run', () => {
    const s = smallScenario();
    const flat = flatten(s.city);
    expect(fitsOn(s, flat)).toBe(true);
    // The plan: 5 years × 429,496,730 hires > 2³¹ − 1, as above, on the city already found to fit.
    expect(fitsOn({ ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear: 429_496_730 } } }, flat)).toBe(false);
    expect(fitsOn(s, flat)).toBe(true);
    // The rule set: committee members of 0.5 count toward staff under YX2008-5 only.
    const other = flatten(s.city);
    other.entities.committee[2] = 0.5;
    expect(fitsOn(s, other)).toBe(true);
    expect(fitsOn({ ...s, ruleSet: { id: 'YX2008' } }, other)).toBe(false);
    // A draw's growth, rewritten in place between draws (uncertainty/drawContext.ts): 10⁶ households that
    // do not grow fit 12 years ahead, and doubling every year they reach 10⁶ × 2¹² = 4,096,000,000 > 2³¹.
    const d = doubling(2037);
    const drawn = flatten(d.city);
    drawn.base.growth[0] = 0;
    expect(fitsOn(d, drawn)).toBe(true);
    drawn.base.growth[0] = 1;
    expect(fitsOn(d, drawn)).toBe(false);
    // The horizon: the same doubling city fits 11 years ahead (2,048,000,000 households).
    expect(fitsOn(doubling(2036), drawn)).toBe(true);
  });
});
