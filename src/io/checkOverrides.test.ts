/** Broken dated and per-district overrides are named by parameter, year and district, in both languages. */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import type { Scenario } from '../engine/scenario';
import { validateScenario } from './validateScenario';

function errorsOf(change: (s: Scenario) => void) {
  const s = smallScenario();
  change(s);
  const r = validateScenario(s);
  return r.ok ? [] : r.errors;
}

describe('dated overrides', () => {
  it('accepts a reform from a year inside the horizon (2026–2030)', () => {
    expect(errorsOf((s) => (s.ruleSet.overrides = { 'pay.cityShare': { '2028': 0.6 } }))).toEqual([]);
  });

  it('refuses a year outside the horizon, naming the parameter and the year', () => {
    const errors = errorsOf((s) => (s.ruleSet.overrides = { 'pay.cityShare': { '2028': 0.6, '2035': 0.7 } }));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('ruleSet.overrides["pay.cityShare"]["2035"]');
    expect(errors[0].zh).toContain('pay.cityShare');
    expect(errors[0].zh).toContain('2035');
    expect(errors[0].zh).toContain('2026–2030');
    expect(errors[0].en).toBe('parameter pay.cityShare takes effect in 2035, outside the horizon 2026–2030; give a four-digit year inside it');
  });

  it('refuses a dated value outside the range GOV2020-3a allows (300–400)', () => {
    const errors = errorsOf((s) => (s.ruleSet.overrides = { 'staffing.householdsPerWorker': { '2027': 380, '2028': 500 } }));
    expect(errors.map((e) => e.path)).toEqual(['ruleSet.overrides["staffing.householdsPerWorker"]["2028"]']);
    expect(errors[0].zh).toBe('参数 staffing.householdsPerWorker（自 2028 年起）：应在 300 到 400 之间（GOV2020 规定的范围，GOV2020-3a），实际为 500');
    expect(errors[0].en).toBe('parameter staffing.householdsPerWorker (from 2028): must be from 300 to 400 (the range in GOV2020, GOV2020-3a), got 500');
  });

  it('refuses a share above 1 in a dated value', () => {
    const errors = errorsOf((s) => (s.ruleSet.overrides = { 'pay.cityShare': { '2029': 1.5 } }));
    expect(errors[0].path).toBe('ruleSet.overrides["pay.cityShare"]["2029"]');
    expect(errors[0].en).toContain('(from 2029)');
  });

  it('refuses dated values with no year at all, and a year that is not four digits', () => {
    expect(errorsOf((s) => (s.ruleSet.overrides = { 'pay.cityShare': {} }))[0].path).toBe('ruleSet.overrides["pay.cityShare"]');
    expect(errorsOf((s) => (s.ruleSet.overrides = { 'pay.cityShare': { '28': 0.6 } })).length).toBeGreaterThan(0);
  });
});

describe('per-district overrides', () => {
  it('accepts a ratio each district chose within 300–400', () => {
    expect(errorsOf((s) => (s.ruleSet.districtOverrides = { 'staffing.householdsPerWorker': { D1: 300 } }))).toEqual([]);
  });

  it('refuses a district the city lacks', () => {
    const errors = errorsOf((s) => (s.ruleSet.districtOverrides = { 'staffing.householdsPerWorker': { D9: 300 } }));
    expect(errors[0].path).toBe('ruleSet.districtOverrides["staffing.householdsPerWorker"].D9');
    expect(errors[0].en).toContain('"D9"');
  });

  it('refuses a district value outside the range, naming the district and year', () => {
    const errors = errorsOf((s) => (s.ruleSet.districtOverrides = { 'staffing.householdsPerWorker': { D1: { '2027': 450 } } }));
    expect(errors[0].zh).toContain('D1 区的参数 staffing.householdsPerWorker（自 2027 年起）');
    expect(errors[0].en).toContain('parameter staffing.householdsPerWorker (from 2027) in district D1');
  });

  it('refuses a parameter that no document lets districts choose', () => {
    const s = smallScenario() as unknown as { ruleSet: Record<string, unknown> };
    s.ruleSet.districtOverrides = { 'space.minUrbanExisting': { D1: 300 } };
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
  });
});
