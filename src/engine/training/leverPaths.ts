/**
 * The levers an exercise may unlock, named by their path in the scenario (the same path form as a
 * comparison's differences, src/engine/fieldDifferences.ts): which paths exist, what each holds, how to
 * read its value from a scenario and how to set it. Everything here is pure; setting returns a copy.
 */
import { PARAMS, isParamKey, type ParamKey, type Unit } from '../params';
import { RULE_SETS } from '../policyLibrary';
import { valueInYear } from '../resolveParams';
import type { Text } from '../ruleSet';
import { PAYERS, type BuildingProject, type Facility, type Payer, type Scenario } from '../scenario';
import { isFacilitiesLever, type LeverSpec, type LeverValue, type LeverValues } from './exercise';

/** How a lever's number reads: the unit decides the display scale (shares in %, yuan in 万元). */
export type LeverUnit =
  | 'person'
  | 'personPerYear'
  | 'share'
  | 'yuan'
  | 'yuanPerYear'
  | 'yuanPerM2'
  | 'm2'
  | 'm2PerHundredHouseholds'
  | 'year'
  | 'years'
  | 'facilities'
  | Exclude<Unit, 'm2' | 'm2PerHundredHouseholds' | 'share' | 'year'>;

export interface LeverInfo {
  /** the path split into keys */
  keys: string[];
  unit: LeverUnit;
  label: Text;
  /** whole numbers only (people, years) */
  integer: boolean;
}

const PLAN_FIELDS: Record<string, { unit: LeverUnit; label: Text; integer?: boolean }> = {
  'hiring.capacityPerYear': { unit: 'personPerYear', label: { zh: '年度招聘能力', en: 'Hiring capacity per year' }, integer: true },
  'hiring.attritionRate': { unit: 'share', label: { zh: '离职率', en: 'Attrition rate' } },
  'hiring.certifiedShare': { unit: 'share', label: { zh: '新招聘持证社工比例', en: 'Certified share of hires' } },
  'hiring.bachelorShare': { unit: 'share', label: { zh: '新招聘本科学历比例', en: 'Graduate share of hires' } },
  'pay.benchmarkWage': { unit: 'yuanPerPersonYear', label: { zh: '人力成本基准（每人每年）', en: 'Benchmark wage (per worker per year)' } },
  'pay.wageGrowth': { unit: 'share', label: { zh: '工资年增长率', en: 'Annual wage growth' } },
  'pay.cityShare': { unit: 'share', label: { zh: '市级承担人员报酬比例', en: 'City share of staff pay' } },
  'building.costPerM2': { unit: 'yuanPerM2', label: { zh: '每平方米造价', en: 'Cost per m²' } },
  'building.leadTimeYears': { unit: 'years', label: { zh: '建设周期', en: 'Building lead time' }, integer: true },
  'building.autoCloseFrom': { unit: 'year', label: { zh: '自动补建起始年份', en: 'Automatic building from' }, integer: true },
  'building.aimPerHundredHouseholds': {
    unit: 'm2PerHundredHouseholds',
    label: { zh: '自动建设目标（每百户平方米）', en: 'Building aim (m² per 100 households)' },
  },
};

const PAYER_LABEL: Record<Payer, Text> = {
  city: { zh: '市级财政', en: 'city finance' },
  district: { zh: '区（县）级财政', en: 'district finance' },
  street: { zh: '街道财政', en: 'street finance' },
};

/** Every lever path for a scenario, for authoring: plan fields, budgets, each project's size and start, the rule set's parameters, facilities. */
export function leverPathsFor(scenario: Scenario): string[] {
  const ruleSet = RULE_SETS[scenario.ruleSet.id];
  const params = new Set<string>([...Object.keys(ruleSet?.parameters ?? {}), ...Object.keys(scenario.ruleSet.overrides ?? {})]);
  return [
    ...Object.keys(PLAN_FIELDS).map((f) => `plan.${f}`),
    ...PAYERS.map((p) => `plan.budgets.${p}`),
    ...scenario.plan.building.projects.flatMap((p) => [`plan.building.projects[${JSON.stringify(p.id)}].m2`, `plan.building.projects[${JSON.stringify(p.id)}].startYear`]),
    ...[...params].filter(isParamKey).map((k) => `ruleSet.overrides[${JSON.stringify(k)}]`),
    'plan.facilities',
  ];
}

/** `a.b["c.d"].e` → ['a', 'b', 'c.d', 'e']; null when it does not parse. */
export function splitPath(path: string): string[] | null {
  const keys: string[] = [];
  const token = /^(?:\.?([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest.length > 0) {
    const m = token.exec(rest);
    if (!m || (keys.length === 0 && rest.startsWith('.'))) return null;
    keys.push(m[1] ?? (JSON.parse(m[2]) as string));
    rest = rest.slice(m[0].length);
  }
  return keys.length > 0 ? keys : null;
}

const PARAM_UNIT: Partial<Record<Unit, LeverUnit>> = { m2: 'm2', m2PerHundredHouseholds: 'm2PerHundredHouseholds', share: 'share', year: 'year' };

/** What the path holds, or null when no lever lives there. */
export function leverInfo(path: string, scenario?: Scenario): LeverInfo | null {
  const keys = splitPath(path);
  if (!keys) return null;
  const [top, second, third, fourth, fifth] = keys;
  if (top === 'plan' && keys.length === 1 + 2 && PLAN_FIELDS[`${second}.${third}`]) {
    const f = PLAN_FIELDS[`${second}.${third}`];
    return { keys, unit: f.unit, label: f.label, integer: f.integer ?? false };
  }
  if (top === 'plan' && second === 'budgets' && keys.length === 3 && (PAYERS as readonly string[]).includes(third)) {
    const p = PAYER_LABEL[third as Payer];
    return { keys, unit: 'yuanPerYear', label: { zh: `${p.zh}年度预算`, en: `Annual budget of ${p.en}` }, integer: false };
  }
  if (top === 'plan' && second === 'building' && third === 'projects' && keys.length === 5 && (fifth === 'm2' || fifth === 'startYear')) {
    const m2 = fifth === 'm2';
    return {
      keys,
      unit: m2 ? 'm2' : 'year',
      label: m2 ? { zh: `建设项目 ${fourth} 面积`, en: `Project ${fourth}: floor space` } : { zh: `建设项目 ${fourth} 开工年份`, en: `Project ${fourth}: start year` },
      integer: !m2,
    };
  }
  if (top === 'ruleSet' && second === 'overrides' && keys.length === 3 && isParamKey(third)) {
    const unit: Unit = PARAMS[third].unit;
    const label = (scenario && RULE_SETS[scenario.ruleSet.id]?.parameters[third]?.label) ?? paramLabel(third);
    return { keys, unit: PARAM_UNIT[unit] ?? (unit as LeverUnit), label, integer: unit === 'person' || unit === 'year' || unit === 'household' || unit === 'flag' };
  }
  if (path === 'plan.facilities') return { keys, unit: 'facilities', label: { zh: '新开生活圈设施', en: 'Life-circle facilities to open' }, integer: true };
  return null;
}

/** A parameter's label from any rule set that has it; the key itself when none does. */
function paramLabel(key: ParamKey): Text {
  for (const set of Object.values(RULE_SETS)) if (set.parameters[key]) return set.parameters[key].label;
  return { zh: key, en: key };
}

/** The rule set's value of a parameter in the horizon's first year, after no override. */
function ruleValue(scenario: Scenario, key: ParamKey): number | null {
  const param = RULE_SETS[scenario.ruleSet.id]?.parameters[key];
  return param ? valueInYear(param, scenario.horizon.firstYear) : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The lever's value in a scenario; null when the scenario does not set it (a budget left unlimited, say). */
export function readLever(scenario: Scenario, lever: LeverSpec): LeverValue | null {
  if (isFacilitiesLever(lever)) {
    const planned = new Set((scenario.plan.facilities ?? []).map((f) => f.id));
    return lever.candidates.filter((c) => planned.has(c.id)).map((c) => c.id);
  }
  const info = leverInfo(lever.path, scenario);
  if (!info) return null;
  const [top, second, third, fourth, fifth] = info.keys;
  if (top === 'plan' && second === 'budgets') return scenario.plan.budgets[third as Payer]?.[String(scenario.horizon.firstYear)] ?? null;
  if (top === 'plan' && third === 'projects') {
    const project = scenario.plan.building.projects.find((p) => p.id === fourth);
    return project ? (project[fifth as 'm2' | 'startYear'] ?? null) : null;
  }
  if (top === 'ruleSet') return scenario.ruleSet.overrides?.[third as ParamKey] ?? ruleValue(scenario, third as ParamKey);
  const group = (scenario.plan as unknown as Record<string, unknown>)[second];
  const value = isObject(group) ? group[third] : undefined;
  if (typeof value === 'number') return value;
  // The engine falls back to the rule set's split when the plan sets none (steps/unitCosts.ts).
  if (second === 'pay' && third === 'cityShare') return ruleValue(scenario, 'pay.cityShare') ?? 0;
  return null;
}

/** The starting value of every lever, as the exercise's scenario has it. */
export function startingValues(scenario: Scenario, levers: readonly LeverSpec[]): LeverValues {
  const out: LeverValues = {};
  for (const lever of levers) {
    const v = readLever(scenario, lever);
    if (v !== null) out[lever.path] = v;
  }
  return out;
}

function setLever(scenario: Scenario, lever: LeverSpec, value: LeverValue): Scenario {
  const { plan } = scenario;
  if (isFacilitiesLever(lever)) {
    const chosen = new Set(Array.isArray(value) ? value : []);
    const candidateIds = new Set(lever.candidates.map((c) => c.id));
    const kept = (plan.facilities ?? []).filter((f) => !candidateIds.has(f.id));
    const opened: Facility[] = lever.candidates.filter((c) => chosen.has(c.id));
    return { ...scenario, plan: { ...plan, facilities: [...kept, ...opened] } };
  }
  if (typeof value !== 'number') return scenario;
  const info = leverInfo(lever.path, scenario);
  if (!info) return scenario;
  const [top, second, third, fourth, fifth] = info.keys;
  const v = info.integer ? Math.round(value) : value;
  if (top === 'ruleSet') return { ...scenario, ruleSet: { ...scenario.ruleSet, overrides: { ...scenario.ruleSet.overrides, [third]: v } } };
  if (second === 'budgets') {
    const { firstYear, lastYear } = scenario.horizon;
    const byYear: Record<string, number> = {};
    for (let y = firstYear; y <= lastYear; y++) byYear[String(y)] = v;
    return { ...scenario, plan: { ...plan, budgets: { ...plan.budgets, [third]: byYear } } };
  }
  if (third === 'projects') {
    const projects = plan.building.projects.map((p): BuildingProject => (p.id === fourth ? { ...p, [fifth]: v } : p));
    return { ...scenario, plan: { ...plan, building: { ...plan.building, projects } } };
  }
  const group = plan[second as 'hiring' | 'pay' | 'building'];
  return { ...scenario, plan: { ...plan, [second]: { ...group, [third]: v } } };
}

/** A copy of the scenario with each lever set to its value; levers without a value keep the scenario's. */
export function applyLevers(scenario: Scenario, levers: readonly LeverSpec[], values: LeverValues): Scenario {
  return levers.reduce((s, lever) => (lever.path in values ? setLever(s, lever, values[lever.path]) : s), scenario);
}

/** Two values are the same plan choice: numbers to a millionth, facility lists as sets. */
export function sameValue(a: LeverValue | undefined, b: LeverValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const set = new Set(a);
    return b.every((x) => set.has(x));
  }
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
