/**
 * Worked cases of validation share one form: break the small fixture in one way, and exactly one
 * error comes back, at the path given, naming the offending value and what is allowed in both languages.
 */
import { expect } from 'vitest';
import { validateScenario, type ValidationError } from './validateScenario';

// Loose view of the fixture so a case can break it in ways the type forbids.
export type Loose = Record<string, any>;

export const C = (d: number, s: number, c: number) => `city.districts[${d}].streets[${s}].communities[${c}]`;

export function errorsOf(input: unknown): ValidationError[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

export interface Case {
  name: string;
  break: (s: Loose) => void;
  path: string;
  /** words each message must contain: the offending value or key, and what is allowed */
  zh: string[];
  en: string[];
}

export function expectOnlyProblem(c: Case, fixture: object): void {
  const input = fixture as Loose;
  c.break(input);
  const errors = errorsOf(input);
  expect(errors.map((e) => e.path)).toEqual([c.path]);
  const [error] = errors;
  expect(error.zh.length).toBeGreaterThan(0);
  expect(error.en.length).toBeGreaterThan(0);
  for (const word of c.zh) expect(error.zh).toContain(word);
  for (const word of c.en) expect(error.en).toContain(word);
}

/** Problems of shape, named by the schema (scenarioSchema and its parts). */
export const SHAPE_CASES: Case[] = [
  {
    // a start books floor space from the next year at the earliest, so 0 could not mean "this year"
    name: 'a building lead time of 0',
    break: (s) => (s.plan.building.leadTimeYears = 0),
    path: 'plan.building.leadTimeYears',
    zh: ['不小于 1', '0'],
    en: ['≥ 1', '0'],
  },
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
    // A share reads in % wherever it is shown: 1.2 is 120%, the allowed 0 to 1 is 0% to 100%.
    zh: ['0% 到 100%', '120%'],
    en: ['from 0% to 100%', '120%'],
  },
  {
    name: 'a budget keyed by something other than a year',
    break: (s) => (s.plan.budgets.city['26'] = 1),
    path: 'plan.budgets.city["26"]',
    zh: ['“26”', '四位数年份'],
    en: ['"26"', 'four-digit year'],
  },
];

/** Problems that only show across fields (checkScenario and its parts). */
export const CROSS_FIELD_CASES: Case[] = [
  {
    name: 'a budget row without one of the horizon years',
    break: (s) => delete s.plan.budgets.city['2028'],
    path: 'plan.budgets.city["2028"]',
    zh: ['市级财政 2028 年预算未填写', '不限'],
    en: ['city finance budget for 2028 is missing', '"unlimited"'],
  },
  {
    name: 'an earmark for an item its payer does not pay for (CS2010-7c-4)',
    break: (s) => (s.plan.earmarks = { street: { staffPay: { '2026': 1 } } }),
    path: 'plan.earmarks.street.staffPay',
    zh: ['街道财政不承担“专职工作者报酬”'],
    en: ['street finance does not pay for', 'cannot earmark'],
  },
  {
    name: 'earmarks above the payer’s budget (CS2010-7c-4)',
    break: (s) => (s.plan.earmarks = { city: { staffPay: { '2026': 4_000_000 }, workingFunds: { '2026': 2_000_000 } } }),
    path: 'plan.earmarks.city',
    zh: ['市级财政 2026 年专款合计 6000000 元超过其预算 5000000 元'],
    en: ['earmarks 6000000 yuan in 2026, more than its budget of 5000000 yuan'],
  },
  {
    name: 'a base year not before the horizon',
    break: (s) => (s.horizon.baseYear = 2026),
    path: 'horizon.baseYear',
    zh: ['首年 2026 的上一年 2025', '实际为 2026'],
    en: ['must be 2025, the year before the first year 2026', 'got 2026'],
  },
  {
    name: 'a base year with years between it and the horizon, which nothing would simulate',
    break: (s) => (s.horizon.baseYear = 2020),
    path: 'horizon.baseYear',
    zh: ['上一年 2025', '无从测算', '实际为 2020'],
    en: ['must be 2025', 'no plan sets', 'got 2020'],
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
    zh: ['0% 到 100%', '120%'],
    en: ['share from 0% to 100%', 'got 120%'],
  },
  {
    name: 'a share override without a range above 1',
    break: (s) => (s.ruleSet.overrides['pay.cityShare'] = 1.5),
    path: 'ruleSet.overrides["pay.cityShare"]',
    zh: ['0% 到 100%', '150%'],
    en: ['from 0% to 100%', 'got 150%'],
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
    zh: ['0% 到 100%', '9500%'],
    en: ['from 0% to 100%', 'got 9500%'],
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
