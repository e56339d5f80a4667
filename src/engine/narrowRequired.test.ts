/**
 * A run that keeps staffRequired in 32-bit integers (wholeCounts.ts requiredFit) gives every figure of the
 * same run with staffRequired in 64-bit floats, to the last bit, on the built-ins under every rule set and
 * on random scenarios. And the check matters: kept in 32 bits where it says no (a district quota's
 * fractional shares, a minimum of −0), figures would change.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbMoneyBinding } from '../fixtures/arbMoneyBinding';
import { arbScenario } from '../fixtures/arbScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { forcedRun } from '../fixtures/forcedRun';
import { exactJson, projectionDifferences } from '../fixtures/projectionDifferences';
import { smallScenario } from '../fixtures/smallScenario';
import { community, tinyCity } from '../fixtures/tinyCity';
import { horizonYears, ruleSetOf } from './project';
import { RULE_SET_IDS } from './policyLibrary';
import { resolveDistrictParams, resolveParams } from './resolveParams';
import type { Scenario } from './scenario';
import { requiredFit } from './wholeCounts';

/** null: the run decides; true or false: every run whose counts fit keeps staffRequired in 32 bits, or in 64. */
const force = vi.hoisted(() => ({ narrow: null as boolean | null }));
vi.mock('./wholeCounts', async (original) => {
  const real = await original<typeof import('./wholeCounts')>();
  return { ...real, requiredFit: (...args: Parameters<typeof real.requiredFit>) => force.narrow ?? real.requiredFit(...args) };
});

const run = (s: Scenario, narrow: boolean | null) => forcedRun(force, s, narrow);

/** Where a run as the check decides differs from one with staffRequired in 64 bits, and whether it kept staffRequired in 32. */
function check(s: Scenario, narrow: boolean | null = null): { narrowed: boolean; differences: string[] } {
  const [kept, wide] = [run(s, narrow), run(s, false)];
  const differences = projectionDifferences(kept.projection, wide.projection, Infinity);
  if (exactJson(kept.verdicts) !== exactJson(wide.verdicts)) differences.push('verdicts differ');
  return { narrowed: kept.projection.series.staffRequired instanceof Int32Array, differences };
}

function fits(s: Scenario): boolean {
  const years = horizonYears(s);
  const params = resolveParams(ruleSetOf(s), s.ruleSet.overrides, years);
  return requiredFit(params, resolveDistrictParams(s.ruleSet, s.city.districts.map((d) => d.id), years), years.length);
}

const GOV = 'GOV2020';

describe('staffRequired kept in 32-bit integers', () => {
  it('gives every figure of 64-bit floats on the demo under every rule set, and is kept in 32 bits without a district quota', () => {
    let narrowed = 0;
    for (const id of RULE_SET_IDS) {
      const s = { ...demoScenario(), ruleSet: { ...demoScenario().ruleSet, id } };
      const c = check(s);
      expect(c.differences, id).toEqual([]);
      if (c.narrowed) narrowed++;
    }
    expect(narrowed).toBeGreaterThan(0);
  });

  it('gives every figure of 64-bit floats on random scenarios', () => {
    let narrowed = 0;
    fc.assert(
      fc.property(fc.oneof(arbScenario, arbMoneyBinding), (s) => {
        const c = check(s);
        if (c.narrowed) narrowed++;
        expect(c.differences).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(narrowed).toBeGreaterThan(300);
  });

  it('is not kept in 32 bits under a district quota, whose shares are fractions, and would change figures there', () => {
    const s = smallScenario();
    s.ruleSet = { id: GOV, overrides: { ...s.ruleSet.overrides, 'staffing.quotaByDistrict': 1 } };
    expect(fits(s)).toBe(false);
    expect(check(s).differences).toEqual([]);
    expect(check(s, true).differences.length).toBeGreaterThan(0);
    s.ruleSet = { id: GOV, overrides: { ...s.ruleSet.overrides, 'staffing.quotaByDistrict': 0 } };
    expect(fits(s)).toBe(true);
  });

  it('is not kept in 32 bits where a minimum is −0: a community of no households then requires −0 workers', () => {
    // ⌈0 ÷ 300 − 10⁻⁹⌉ = −0, and atLeast(−0, −0) = −0 × 0 + −0 × 1 = −0, which a 32-bit integer holds as +0.
    const s = tinyCity([community({ id: 'C1', households: 0 }), community({ id: 'C2', households: 900 })]);
    s.ruleSet = { id: 'CS2010', overrides: { ...s.ruleSet.overrides, 'staffing.minPerCommunity': -0 } };
    expect(fits(s)).toBe(false);
    expect(check(s).differences).toEqual([]);
    expect(check(s, true).differences.length).toBeGreaterThan(0);
  });

  it('is not kept in 32 bits where a minimum is negative or fractional, a ratio below one worker per household or NaN', () => {
    const over = (overrides: Record<string, number>): Scenario => {
      const s = smallScenario();
      s.ruleSet = { id: 'CS2010', overrides: { ...s.ruleSet.overrides, ...overrides } };
      return s;
    };
    expect(fits(over({}))).toBe(true);
    expect(fits(over({ 'staffing.minPerCommunity': -1 }))).toBe(false);
    expect(fits(over({ 'staffing.minPerCommunity': 4.5 }))).toBe(false);
    expect(fits(over({ 'staffing.householdsPerWorker': 0.5 }))).toBe(false);
    expect(fits(over({ 'staffing.householdsPerWorker': NaN }))).toBe(false);
    expect(fits(over({ 'staffing.streetPostsClass1': -0 }))).toBe(false);
  });
});
