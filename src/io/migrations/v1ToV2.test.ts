import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../fixtures/deepFreeze';
import { smallScenario } from '../../fixtures/smallScenario';
import { validateScenario } from '../validateScenario';
import { v1ToV2 } from './v1ToV2';

/** smallScenario as a version-1 file held it: pay as benchmarkWage / wageGrowth. */
function v1(overrides?: Record<string, number>): Record<string, any> {
  const s = smallScenario() as Record<string, any>;
  const { perWorker, growth, ...pay } = s.plan.pay;
  return {
    ...s,
    schemaVersion: 1,
    ruleSet: overrides ? { ...s.ruleSet, overrides } : s.ruleSet,
    plan: { ...s.plan, pay: { ...pay, benchmarkWage: perWorker, wageGrowth: growth } },
  };
}

describe('version 1 → 2: pay per worker is paid every year', () => {
  it('opens a version-1 file as the same scenario, pay renamed', () => {
    expect(validateScenario(v1())).toEqual({ ok: true, scenario: smallScenario() });
  });

  it('folds an override of the old share of the benchmark into pay per worker (96,000 × 0.8 = 76,800)', () => {
    // Version 1 paid benchmarkWage × share in every year the override held, which is every year.
    const result = validateScenario(v1({ 'pay.wageShareOfBenchmark': 0.8, 'staffing.householdsPerWorker': 350 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.plan.pay.perWorker).toBeCloseTo(76_800, 9);
    expect(result.scenario.ruleSet.overrides).toEqual({ 'staffing.householdsPerWorker': 350 });
  });

  it('drops an override object left empty, and never mutates the old file', () => {
    const old = deepFreeze(v1({ 'pay.wageShareOfBenchmark': 1 }));
    const up = v1ToV2.up(old);
    expect(up.ruleSet).toEqual({ id: 'GOV2020' });
    expect((up.plan as any).pay).toEqual({ perWorker: 96_000, growth: 0.03 });
    expect(old.ruleSet.overrides).toEqual({ 'pay.wageShareOfBenchmark': 1 });
  });
});
