import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../engine/scenario';
import { deepFreeze } from '../../fixtures/deepFreeze';
import { smallScenario } from '../../fixtures/smallScenario';
import { validateScenario } from '../validateScenario';
import { v0Scenario } from '../../fixtures/v0Scenario';
import { CURRENT_VERSION, MIGRATIONS, migrateScenario, versionOf } from './index';

describe('the migration registry', () => {
  it('has one step from every earlier version to the next, ending at the current version', () => {
    expect(CURRENT_VERSION).toBe(SCHEMA_VERSION);
    expect(MIGRATIONS).toHaveLength(CURRENT_VERSION);
    MIGRATIONS.forEach((m, v) => expect([m.from, m.to]).toEqual([v, v + 1]));
  });

  it('reads the version from the file: 0 without the field, null when it is not a whole number ≥ 0', () => {
    expect(versionOf({})).toBe(0);
    expect(versionOf({ schemaVersion: 1 })).toBe(1);
    expect(versionOf({ schemaVersion: 7 })).toBe(7);
    for (const odd of ['1', 1.5, -1, null, Number.NaN]) expect(versionOf({ schemaVersion: odd })).toBeNull();
  });
});

describe('version 0 → 1', () => {
  it('opens a version-0 file with its meaning kept: the same scenario as the current fixture', () => {
    const result = validateScenario(v0Scenario());
    expect(result).toEqual({ ok: true, scenario: smallScenario() });
  });

  it('turns budgets in 万元 into yuan (500 万元 → 5,000,000 yuan) and wraps the rule set id', () => {
    const migrated = migrateScenario(v0Scenario());
    expect(migrated.ok && migrated.from).toBe(0);
    const data = MIGRATIONS[0].up(v0Scenario()) as Record<string, any>;
    expect(data.schemaVersion).toBe(1);
    expect(data.ruleSet).toEqual({ id: 'GOV2020', overrides: { 'staffing.householdsPerWorker': 350 } });
    expect(data.plan.budgets).toEqual({ city: { '2026': 5_000_000, '2027': 5_000_000 }, district: { '2026': 8_000_000 } });
    expect(data.plan).not.toHaveProperty('budgetsWan');
    expect(data).not.toHaveProperty('ruleSetOverrides');
  });

  it('keeps fractions of 万元 to the fen without float dust (0.1 万元 → 1,000 yuan; 12.3456 万元 → 123,456 yuan)', () => {
    const v0 = v0Scenario() as Record<string, any>;
    v0.plan.budgetsWan = { street: { '2026': 0.1, '2027': 12.3456 } };
    const data = MIGRATIONS[0].up(v0) as Record<string, any>;
    expect(data.plan.budgets).toEqual({ street: { '2026': 1000, '2027': 123456 } });
  });

  it('accepts a rule set without overrides', () => {
    const v0 = v0Scenario();
    delete v0.ruleSetOverrides;
    const result = validateScenario(v0);
    expect(result.ok && result.scenario.ruleSet).toEqual({ id: 'GOV2020' });
  });

  it('never mutates the old file', () => {
    const v0 = deepFreeze(v0Scenario());
    expect(validateScenario(v0).ok).toBe(true);
    expect(v0).toEqual(v0Scenario());
  });

  it('reports what it cannot read in the current shape, by path', () => {
    const v0 = v0Scenario() as Record<string, any>;
    v0.plan.budgetsWan.city['2026'] = 'five hundred';
    const result = validateScenario(v0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['plan.budgets.city["2026"]']);
  });

  it('leaves an ambiguous file with budgets in both places for the validator to name', () => {
    const v0 = v0Scenario() as Record<string, any>;
    v0.plan.budgets = {};
    const result = validateScenario(v0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['plan.budgetsWan']);
  });
});

describe('version 2 → 3', () => {
  /** smallScenario as version 2 wrote it: partial budget rows meaning "no limit" for the years left out, a lead time of 0. */
  function v2(): Record<string, any> {
    const s = structuredClone(smallScenario()) as Record<string, any>;
    s.schemaVersion = 2;
    s.plan.budgets = { city: { '2026': 5_000_000, '2027': 5_000_000 }, district: { '2026': 8_000_000 } };
    s.plan.building.leadTimeYears = 0;
    s.plan.building.projects[0].leadTimeYears = 0;
    return s;
  }

  it('writes "unlimited" into the horizon years a budget row left out, so the figures stay the same', () => {
    const data = MIGRATIONS[2].up(v2()) as Record<string, any>;
    expect(data.schemaVersion).toBe(3);
    // horizon 2026–2030: the city row had 2026–2027, the district row 2026
    expect(data.plan.budgets).toEqual(smallScenario().plan.budgets);
  });

  it('takes a lead time of 0 as the engine did, 1 year', () => {
    const data = MIGRATIONS[2].up(v2()) as Record<string, any>;
    expect(data.plan.building.leadTimeYears).toBe(1);
    expect(data.plan.building.projects[0].leadTimeYears).toBe(1);
    expect(data.plan.building.projects[1]).toEqual(smallScenario().plan.building.projects[1]);
  });

  it('opens a version-2 file as a valid scenario', () => {
    const result = validateScenario(v2());
    expect(result.ok).toBe(true);
  });
});

describe('the current version', () => {
  it('passes through unchanged (the same object)', () => {
    const s = smallScenario();
    const migrated = migrateScenario(s);
    expect(migrated).toEqual({ ok: true, data: s, from: SCHEMA_VERSION });
    if (migrated.ok) expect(migrated.data).toBe(s);
  });

  it('passes what is not a scenario object through for the validator to report', () => {
    for (const input of [null, 42, 'x', [], { schemaVersion: '1' }]) expect(migrateScenario(input)).toEqual({ ok: true, data: input, from: null });
  });
});

describe('a file from a newer version', () => {
  it('is refused with a message that says to upgrade, in both languages', () => {
    const s = { ...smallScenario(), schemaVersion: SCHEMA_VERSION + 1 };
    const result = validateScenario(s);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe('schemaVersion');
    expect(result.errors[0].zh).toContain('由更新版本的沙盘保存');
    expect(result.errors[0].zh).toContain('请升级');
    expect(result.errors[0].en).toContain('saved by a newer version of Shapan');
  });
});
