/** The gate as a whole: what it accepts, the shape problems it names, and that it lists them all at once. */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { formatErrors, validateScenario, type ValidationError } from './validateScenario';
import { C, errorsOf, expectOnlyProblem, type Case, type Loose } from './validateScenarioCases';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

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

  it('accepts a base year earlier than the year before the horizon', () => {
    const s = smallScenario();
    s.horizon.baseYear = 2020;
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

const cases: Case[] = [
  {
    name: 'negative households',
    break: (s) => (s.city.districts[0].streets[0].communities[0].households = -5),
    path: `${C(0, 0, 0)}.households`,
    zh: ['不小于 0 的整数', '-5'],
    en: ['whole number ≥ 0', '-5'],
  },
  {
    name: 'a string where a number belongs',
    break: (s) => (s.city.districts[0].streets[1].communities[0].residents = '8800'),
    path: `${C(0, 1, 0)}.residents`,
    zh: ['整数', '文本 "8800"'],
    en: ['whole number', 'text "8800"'],
  },
  {
    name: 'a fractional staff count',
    break: (s) => (s.city.districts[1].streets[0].stationStaff = 2.5),
    path: 'city.districts[1].streets[0].stationStaff',
    zh: ['整数', '2.5'],
    en: ['whole number', '2.5'],
  },
  {
    name: 'an unknown key, with the likely intended one',
    break: (s) => (s.city.districts[0].streets[0].communities[1].houshold = 900),
    path: `${C(0, 0, 1)}.houshold`,
    zh: ['未知字段“houshold”', '“households”'],
    en: ['unknown field "houshold"', '"households"'],
  },
  {
    name: 'an unknown parameter key in the overrides',
    break: (s) => (s.ruleSet.overrides['staffing.workersPerHousehold'] = 350),
    path: 'ruleSet.overrides["staffing.workersPerHousehold"]',
    zh: ['未知参数“staffing.workersPerHousehold”', 'GOV2020', 'staffing.householdsPerWorker'],
    en: ['unknown parameter "staffing.workersPerHousehold"', 'rule set GOV2020', 'staffing.householdsPerWorker'],
  },
  {
    name: 'a missing field',
    break: (s) => delete s.city.districts[1].streets[0].communities[0].staff.inPost,
    path: `${C(1, 0, 0)}.staff.inPost`,
    zh: ['缺少', '不小于 0 的整数'],
    en: ['missing', 'whole number ≥ 0'],
  },
  {
    name: 'a street class outside 1–3 (CS2010-6a)',
    break: (s) => (s.city.districts[0].streets[1].class = 4),
    path: 'city.districts[0].streets[1].class',
    zh: ['1、2、3', '4'],
    en: ['one of 1, 2, 3', 'got 4'],
  },
  {
    name: 'a share above 1',
    break: (s) => (s.plan.hiring.attritionRate = 1.2),
    path: 'plan.hiring.attritionRate',
    zh: ['0 到 1', '1.2'],
    en: ['from 0 to 1', '1.2'],
  },
  {
    name: 'a budget keyed by something other than a year',
    break: (s) => (s.plan.budgets.city['26'] = 1),
    path: 'plan.budgets.city["26"]',
    zh: ['“26”', '四位数年份'],
    en: ['"26"', 'four-digit year'],
  },
];

describe('validateScenario: one problem at a time', () => {
  it.each(cases)('$name → $path', (c) => expectOnlyProblem(c, smallScenario()));

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
    delete s.plan.pay.benchmarkWage;
    s.seed = 'abc';
    s.colour = 'red';
    expect(errorsOf(s).map((e) => e.path).sort()).toEqual(
      [
        `${C(0, 0, 0)}.households`,
        `${C(1, 0, 1)}.kind`,
        'plan.pay.benchmarkWage',
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
