/**
 * Every field of plan, ruleSet and horizon that differs between scenarios and a baseline, as a path
 * with each scenario's value and, where there is one, a bilingual label: what a reader of a comparison
 * needs to see which levers and rules were moved.
 */
import type { ParamKey } from './params';
import { ruleSetOf } from './project';
import type { Text } from './ruleSet';
import type { Payer, Scenario } from './scenario';

export interface FieldDifference {
  /** e.g. plan.hiring.capacityPerYear, plan.budgets.district["2026"], plan.building.projects["P1"].m2 */
  path: string;
  label?: Text;
  /** one per scenario, baseline first; null where the scenario lacks the field */
  values: unknown[];
}

const LABELS: Record<string, Text> = {
  'horizon.baseYear': { zh: '基准年', en: 'base year' },
  'horizon.firstYear': { zh: '规划期首年', en: 'first year' },
  'horizon.lastYear': { zh: '规划期末年', en: 'last year' },
  'ruleSet.id': { zh: '政策规则集', en: 'rule set' },
  'plan.hiring.capacityPerYear': { zh: '招聘能力', en: 'hiring capacity' },
  'plan.hiring.attritionRate': { zh: '离职率', en: 'attrition rate' },
  'plan.hiring.certifiedShare': { zh: '新招聘持证社工比例', en: 'certified share of hires' },
  'plan.hiring.bachelorShare': { zh: '新招聘本科学历比例', en: 'graduate share of hires' },
  'plan.pay.benchmarkWage': { zh: '人力成本基准', en: 'benchmark wage' },
  'plan.pay.wageGrowth': { zh: '工资增长率', en: 'wage growth' },
  'plan.pay.cityShare': { zh: '市级承担人员经费比例', en: 'city share of pay' },
  'plan.building.costPerM2': { zh: '每平方米造价', en: 'cost per m²' },
  'plan.building.leadTimeYears': { zh: '建设周期', en: 'building lead time' },
  'plan.building.payer': { zh: '建设出资方', en: 'building payer' },
  'plan.building.autoCloseFrom': { zh: '自动补建起始年份', en: 'automatic building from' },
  'plan.building.aimPerHundredHouseholds': { zh: '自动建设目标（每百户平方米）', en: 'building aim (m² per 100 households)' },
  'plan.building.order': { zh: '资金不足时的建设顺序', en: 'building order when money is short' },
  'plan.shortfall.mode': { zh: '资金不足时的处理', en: 'shortfall handling' },
  'plan.shortfall.priority': { zh: '可推迟事项顺序', en: 'deferral priority' },
};

const PAYER: Record<Payer, Text> = {
  city: { zh: '市级财政', en: 'city' },
  district: { zh: '区（县）级财政', en: 'district' },
  street: { zh: '街道财政', en: 'street' },
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const join = (path: string, key: string) => (IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

function labelOf(scenarios: Scenario[], path: string, keys: string[]): Text | undefined {
  if (LABELS[path]) return LABELS[path];
  const [top, second, third, fourth] = keys;
  if (top === 'ruleSet' && second === 'overrides' && third) {
    for (const s of scenarios) {
      const param = ruleSetOf(s).parameters[third as ParamKey];
      if (param) return param.label;
    }
  }
  if (top === 'plan' && second === 'budgets' && third && third in PAYER) {
    const p = PAYER[third as Payer];
    return fourth ? { zh: `${fourth}年${p.zh}预算`, en: `${p.en} budget ${fourth}` } : { zh: `${p.zh}预算`, en: `${p.en} budget` };
  }
  if (top === 'plan' && second === 'building' && third === 'projects') return { zh: `建设项目 ${fourth ?? ''}`.trim(), en: `building project ${fourth ?? ''}`.trim() };
  if (top === 'plan' && second === 'facilities') return { zh: `规划设施 ${third ?? ''}`.trim(), en: `planned facility ${third ?? ''}`.trim() };
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function fieldDifferences(scenarios: Scenario[]): FieldDifference[] {
  const out: FieldDifference[] = [];
  const visit = (values: unknown[], path: string, keys: string[], whole: boolean) => {
    if (values.every((v) => same(v, values[0]))) return;
    const leaf = () => out.push({ path, label: labelOf(scenarios, path, keys), values: values.map((v) => v ?? null) });
    if (whole) return leaf();
    if (values.every((v) => v === undefined || isObject(v))) {
      const fields = [...new Set(values.flatMap((v) => Object.keys(v ?? {})))];
      for (const f of fields) visit(values.map((v) => (v as Record<string, unknown> | undefined)?.[f]), join(path, f), [...keys, f], false);
      return;
    }
    // Projects and facilities by id, so one added in the middle is one difference, not a shift of all after it.
    if (values.every((v) => v === undefined || hasIds(v))) {
      const lists = values.map((v) => new Map(((v ?? []) as { id: string }[]).map((x) => [x.id, x])));
      const ids = [...new Set(lists.flatMap((m) => [...m.keys()]))];
      // A project or facility present in one and absent in another is one difference, shown whole.
      for (const id of ids) {
        const items = lists.map((m) => m.get(id));
        visit(items, `${path}[${JSON.stringify(id)}]`, [...keys, id], items.some((x) => x === undefined));
      }
      return;
    }
    leaf();
  };
  for (const top of ['horizon', 'ruleSet', 'plan'] as const) visit(scenarios.map((s) => s[top]), top, [top], false);
  return out;
}
