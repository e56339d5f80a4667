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
    // The editor shows a share in %: 1.5 is typed as 150%, so the range and the value read in % too.
    expect(errors[0].en).toMatch(/from 0% to 100%.*got 150%$/);
    expect(errors[0].zh).toMatch(/0% 到 100%.*实际为 150%$/);
    expect(errors[0].en).not.toMatch(/\b0 to 1\b|1\.5/);
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

describe('share ranges read in %, as the editor shows shares', () => {
  it('states a documented share range in % (QY volunteers.minShareOfResidents: 8%–10%)', () => {
    const errors = errorsOf((s) => {
      s.ruleSet = { id: 'QY', overrides: { 'volunteers.minShareOfResidents': { '2028': 0.2 } } };
    }).filter((e) => e.path.includes('minShareOfResidents'));
    // range [0.08, 0.1] → 8% to 10%; 0.2 → 20%
    expect(errors[0].zh).toMatch(/应在 8% 到 10% 之间（QY 规定的范围，.*），实际为 20%$/);
    expect(errors[0].en).toMatch(/must be from 8% to 10% \(the range in QY, .*\), got 20%$/);
  });

  it('states a share target’s allowed threshold in %, naming the metric in words', () => {
    const errors = errorsOf((s) => (s.targets[0] = { ...s.targets[0], metric: 'staffingShareMet', threshold: 90 })).filter((e) => e.path.endsWith('threshold'));
    // a threshold typed as 90 meant 90%, stored as a fraction it reads 9,000%
    expect(errors[0].zh).toBe('指标“专职工作者配备达标比例（社区；按区县核定总量时为区县）”是比例，阈值应在 0% 到 100% 之间，实际为 9000%');
    expect(errors[0].en).toBe('"Share meeting the staffing rule (communities, or districts under a district quota)" is a share, so the threshold must be from 0% to 100%, got 9000%');
  });
});
