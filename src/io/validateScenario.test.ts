import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { formatErrors, validateScenario, type ValidationError } from './validateScenario';

// Loose view of the fixture so a case can break it in ways the type forbids.
type Loose = Record<string, any>;

const C = (d: number, s: number, c: number) => `city.districts[${d}].streets[${s}].communities[${c}]`;

function errorsOf(input: unknown): ValidationError[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

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

interface Case {
  name: string;
  break: (s: Loose) => void;
  path: string;
  /** words each message must contain: the offending value or key, and what is allowed */
  zh: string[];
  en: string[];
}

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
  {
    name: 'a base year not before the horizon',
    break: (s) => (s.horizon.baseYear = 2026),
    path: 'horizon.baseYear',
    zh: ['2026', '早于'],
    en: ['before the first year 2026', 'got 2026'],
  },
  {
    name: 'a duplicate community id',
    break: (s) => (s.city.districts[1].streets[0].communities[1].id = 'D1-S1-C1'),
    path: `${C(1, 0, 1)}.id`,
    zh: ['“D1-S1-C1”', '重复', C(0, 0, 0)],
    en: ['duplicate id "D1-S1-C1"', C(0, 0, 0)],
  },
  {
    name: 'a street sharing a district id',
    break: (s) => (s.city.districts[1].streets[0].id = 'D1'),
    path: 'city.districts[1].streets[0].id',
    zh: ['“D1”', '重复'],
    en: ['duplicate id "D1"'],
  },
  {
    name: 'more certified social workers than staff in post',
    break: (s) => (s.city.districts[0].streets[0].communities[0].staff.certified = 9),
    path: `${C(0, 0, 0)}.staff.certified`,
    zh: ['在岗人数 6', '9'],
    en: ['staff in post (6)', 'got 9'],
  },
  {
    name: 'more graduates than staff in post',
    break: (s) => (s.city.districts[1].streets[0].communities[1].staff.bachelor = 3),
    path: `${C(1, 0, 1)}.staff.bachelor`,
    zh: ['在岗人数 2', '3'],
    en: ['staff in post (2)', 'got 3'],
  },
  {
    name: 'fewer dwellings than households',
    break: (s) => (s.city.districts[0].streets[0].communities[1].dwellings = 800),
    path: `${C(0, 0, 1)}.dwellings`,
    zh: ['户数 900', '800'],
    en: ['households (900)', 'got 800'],
  },
  {
    name: 'an unknown rule set',
    break: (s) => (s.ruleSet.id = 'GOV2021'),
    path: 'ruleSet.id',
    zh: ['“GOV2021”', 'GOV2020'],
    en: ['unknown rule set "GOV2021"', 'GOV2020'],
  },
  {
    name: 'an override outside the documented range (GOV2020-3a: 300–400)',
    break: (s) => (s.ruleSet.overrides['staffing.householdsPerWorker'] = 500),
    path: 'ruleSet.overrides["staffing.householdsPerWorker"]',
    zh: ['300 到 400', '500', 'GOV2020-3a'],
    en: ['from 300 to 400', 'got 500', 'GOV2020-3a'],
  },
  {
    name: 'an override of a parameter the rule set lacks, outside what its unit allows',
    break: (s) => (s.ruleSet.overrides['space.highShareOfCommunities'] = 1.2),
    path: 'ruleSet.overrides["space.highShareOfCommunities"]',
    zh: ['0 到 1', '1.2'],
    en: ['share from 0 to 1', '1.2'],
  },
  {
    name: 'a share override without a range above 1',
    break: (s) => (s.ruleSet.overrides['pay.cityShare'] = 1.5),
    path: 'ruleSet.overrides["pay.cityShare"]',
    zh: ['0 到 1', '1.5'],
    en: ['from 0 to 1', '1.5'],
  },
  {
    name: 'an unknown metric',
    break: (s) => (s.targets[0].metric = 'staffShare'),
    path: 'targets[0].metric',
    zh: ['“staffShare”', 'staffingShareMet'],
    en: ['unknown metric "staffShare"', 'staffingShareMet'],
  },
  {
    name: 'a share target above 1',
    break: (s) => (s.targets[0].threshold = 95),
    path: 'targets[0].threshold',
    zh: ['0 到 1', '95'],
    en: ['from 0 to 1', 'got 95'],
  },
  {
    name: 'a project for a place that does not exist',
    break: (s) => (s.plan.building.projects[1].target = 'D9'),
    path: 'plan.building.projects[1].target',
    zh: ['“D9”', '找不到'],
    en: ['"D9"', 'no community, street or district'],
  },
  {
    name: 'a duplicate project id',
    break: (s) => (s.plan.building.projects[1].id = 'P1'),
    path: 'plan.building.projects[1].id',
    zh: ['“P1”', '重复'],
    en: ['duplicate project id "P1"'],
  },
  {
    name: 'a project starting before the horizon',
    break: (s) => (s.plan.building.projects[0].startYear = 2025),
    path: 'plan.building.projects[0].startYear',
    zh: ['2026–2030', '2025'],
    en: ['within the horizon 2026–2030', 'got 2025'],
  },
  {
    name: 'a target year after the horizon',
    break: (s) => (s.targets[1].year = 2031),
    path: 'targets[1].year',
    zh: ['2026–2030', '2031'],
    en: ['within the horizon 2026–2030', 'got 2031'],
  },
  {
    name: 'automatic building set to start after the horizon',
    break: (s) => (s.plan.building.autoCloseFrom = 2031),
    path: 'plan.building.autoCloseFrom',
    zh: ['2030', '2031'],
    en: ['after the last year 2030', 'got 2031'],
  },
  {
    name: 'a budget year after the horizon',
    break: (s) => (s.plan.budgets.district['2031'] = 1_000_000),
    path: 'plan.budgets.district["2031"]',
    zh: ['2026–2030', '2031'],
    en: ['within the horizon 2026–2030', 'got 2031'],
  },
  {
    name: 'a target scoped to a street rather than a district',
    break: (s) => (s.targets[1].scope.district = 'D2-S1'),
    path: 'targets[1].scope.district',
    zh: ['“D2-S1”', '街道'],
    en: ['"D2-S1" is a street id'],
  },
  {
    name: 'a target scoped to a district that does not exist',
    break: (s) => (s.targets[1].scope.district = 'D3'),
    path: 'targets[1].scope.district',
    zh: ['“D3”', '找不到'],
    en: ['no district has the id "D3"'],
  },
  {
    name: 'a duplicate target id',
    break: (s) => (s.targets[1].id = 'T1'),
    path: 'targets[1].id',
    zh: ['“T1”', '重复'],
    en: ['duplicate target id "T1"'],
  },
  {
    name: 'an item listed twice in the shortfall priority',
    break: (s) => (s.plan.shortfall.priority = ['building', 'hiring', 'building']),
    path: 'plan.shortfall.priority[2]',
    zh: ['“building”', '重复'],
    en: ['"building" is listed twice'],
  },
];

describe('validateScenario: one problem at a time', () => {
  it.each(cases)('$name → $path', (c) => {
    const input = smallScenario() as Loose;
    c.break(input);
    const errors = errorsOf(input);
    expect(errors.map((e) => e.path)).toEqual([c.path]);
    const [error] = errors;
    expect(error.zh.length).toBeGreaterThan(0);
    expect(error.en.length).toBeGreaterThan(0);
    for (const word of c.zh) expect(error.zh).toContain(word);
    for (const word of c.en) expect(error.en).toContain(word);
  });

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

/** Every path to a value inside v, containers included, root excluded. */
function pathsIn(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return entries.flatMap(([k, x]) => [[...prefix, k], ...pathsIn(x, [...prefix, k])]);
}

const FIXTURE_PATHS = pathsIn(smallScenario());

type Mutation = { kind: 'delete' | 'replace' | 'add'; at: (string | number)[]; value: unknown; key: string };

function apply(s: Scenario, m: Mutation): unknown {
  const root = s as unknown as Loose;
  const parent = m.at.slice(0, -1).reduce<Loose>((o, k) => o[k], root);
  const last = m.at[m.at.length - 1];
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'add' && parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    parent[last][m.key] = m.value;
  } else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return root;
}

describe('validateScenario: random damage', () => {
  it('never throws, and every rejection says where and what in both languages', () => {
    const mutation = fc.record({
      kind: fc.constantFrom<Mutation['kind']>('delete', 'replace', 'add'),
      at: fc.constantFrom(...FIXTURE_PATHS),
      value: fc.jsonValue(),
      key: fc.string({ minLength: 1, maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const s = smallScenario();
        let input: unknown = s;
        for (const m of mutations) {
          // An earlier mutation may have removed or replaced this path's parents.
          try {
            input = apply(s, m);
          } catch {
            continue;
          }
        }
        const snapshot = structuredClone(input);
        const result = validateScenario(input);
        expect(input).toEqual(snapshot);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.path).not.toBe('');
          expect(e.zh.trim()).not.toBe('');
          expect(e.en.trim()).not.toBe('');
          // The fallback carries zod's English text; reaching it means an issue kind went untranslated.
          expect(e.en).not.toMatch(/^is not valid:/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
