/** The gate as a whole: what it accepts, each problem it names (validateScenarioCases.ts), and that it lists them all at once. */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../fixtures/deepFreeze';
import { smallScenario } from '../fixtures/smallScenario';
import { formatErrors, validateScenario, type ValidationError } from './validateScenario';
import { C, CROSS_FIELD_CASES, errorsOf, expectOnlyProblem, SHAPE_CASES, type Loose } from './validateScenarioCases';

describe('validateScenario: the fixture', () => {
  it('accepts the small scenario and returns an equal, separate copy', () => {
    const input = smallScenario();
    const result = validateScenario(input);
    expect(result).toEqual({ ok: true, scenario: smallScenario() });
    if (result.ok) expect(result.scenario).not.toBe(input);
  });

  it('accepts an override at the edge of its range (GOV2020-3a: 300–400 households per worker)', () => {
    const s = smallScenario();
    s.ruleSet.overrides = { 'staffing.householdsPerWorker': 400 };
    expect(validateScenario(s).ok).toBe(true);
  });

  it('accepts an override of a parameter the rule set lacks: the scenario adds that rule itself', () => {
    const s = smallScenario();
    s.ruleSet.overrides = { ...s.ruleSet.overrides, 'funds.cityPerCommunity': 25000 };
    expect(validateScenario(s).ok).toBe(true);
  });

  it('accepts automatic building from a year before the horizon, which means from its start', () => {
    const s = smallScenario();
    s.plan.building.autoCloseFrom = 2024;
    expect(validateScenario(s).ok).toBe(true);
  });
});

describe('validateScenario: one problem at a time', () => {
  it.each([...SHAPE_CASES, ...CROSS_FIELD_CASES])('$name → $path', (c) => expectOnlyProblem(c, smallScenario()));

  it('says so when the input is not an object at all', () => {
    for (const input of [null, 42, 'scenario', []]) {
      const errors = errorsOf(input);
      expect(errors).toHaveLength(1);
      expect(errors[0].path).toBe('');
      expect(errors[0].en).toMatch(/^must be an object/);
    }
  });
});

describe('validateScenario: every problem at once', () => {
  it('lists all shape problems in one pass', () => {
    const s = smallScenario() as Loose;
    s.city.districts[0].streets[0].communities[0].households = -5;
    s.city.districts[1].streets[0].communities[1].kind = 'village';
    delete s.plan.pay.perWorker;
    s.seed = 'abc';
    s.colour = 'red';
    expect(errorsOf(s).map((e) => e.path).sort()).toEqual(
      [
        `${C(0, 0, 0)}.households`,
        `${C(1, 0, 1)}.kind`,
        'plan.pay.perWorker',
        'seed',
        'colour',
      ].sort(),
    );
  });

  it('lists all cross-field problems in one pass', () => {
    const s = smallScenario() as Loose;
    s.city.districts[0].streets[0].communities[0].staff.certified = 9;
    s.ruleSet.overrides['staffing.householdsPerWorker'] = 500;
    s.targets[0].metric = 'nope';
    s.plan.building.projects[0].target = 'nowhere';
    expect(errorsOf(s).map((e) => e.path)).toEqual([
      `${C(0, 0, 0)}.staff.certified`,
      'ruleSet.overrides["staffing.householdsPerWorker"]',
      'plan.building.projects[0].target',
      'targets[0].metric',
    ]);
  });

  it('leaves its input untouched, valid or not', () => {
    const valid = deepFreeze(smallScenario());
    expect(validateScenario(valid).ok).toBe(true);
    expect(valid).toEqual(smallScenario());

    const broken = smallScenario() as Loose;
    broken.city.districts[0].streets[0].communities[0].households = -5;
    broken.extra = true;
    const before = structuredClone(broken);
    validateScenario(deepFreeze(broken));
    expect(broken).toEqual(before);
  });
});

describe('formatErrors', () => {
  it('writes one line per error as path: message, in the chosen language', () => {
    const errors: ValidationError[] = [
      { path: 'seed', zh: '应为整数', en: 'must be a whole number' },
      { path: '', zh: '应为对象', en: 'must be an object' },
    ];
    expect(formatErrors(errors, 'zh')).toBe('seed: 应为整数\n（整个场景）: 应为对象');
    expect(formatErrors(errors, 'en')).toBe('seed: must be a whole number\n(scenario): must be an object');
  });
});

describe('a missing section', () => {
  it('lists the fields it needs by their names on screen, never by their keys in the file', () => {
    const s = smallScenario() as unknown as Loose;
    delete (s.plan as Loose).pay;
    const error = validateScenario(s).errors.find((e) => e.path === 'plan.pay');
    // plan.pay needs perWorker and growth: named as the pay lever's fields are named.
    expect(error?.zh).toBe('缺少必填项，应为对象（基准年每名专职工作者的年报酬、每人报酬年增长率）');
    expect(error?.en).toBe('is missing; must be an object (pay per worker a year in the base year, annual growth of pay per worker)');
  });
});
