/**
 * The rules two to four scenarios apply differently, parameter by parameter and district by district:
 * the value in force each year of the baseline's horizon, the first year it differs, and the clauses
 * behind it. A comparison lists these first, since a reform is a change of rules.
 */
import { PARAM_KEYS, type ParamKey } from './params';
import { RULE_SETS } from './policyLibrary';
import { ruleSetFor } from './scenarioRuleSet';
import { resolveDistrictParams, resolveParams, type ParamTable } from './resolveParams';
import type { RuleSet } from './ruleSet';
import type { Scenario } from './scenario';

export interface RuleDifference {
  key: ParamKey;
  /** a district's own value (overrides.ts DISTRICT_PARAM_KEYS); absent: the city-wide value */
  district?: string;
  /** per scenario, baseline first: the value in force in each of `years` (null: no such rule that year) */
  values: (number | null)[][];
  /** per scenario: the first year its value differs from the baseline's; null for the baseline and where none does */
  from: (number | null)[];
  /** rule ids the scenarios' rule sets cite for the parameter, baseline's first */
  rules: string[];
}

export interface RuleComparison {
  years: number[];
  /** per scenario, baseline first */
  ruleSetIds: string[];
  differences: RuleDifference[];
}

function years(s: Scenario): number[] {
  return Array.from({ length: s.horizon.lastYear - s.horizon.firstYear + 1 }, (_, k) => s.horizon.firstYear + k);
}

/** Values per district (the baseline's districts) of a parameter: the district's own, else the city-wide one. */
function districtValues(s: Scenario, table: ParamTable, key: ParamKey, ids: string[], ys: number[]): (number | null)[][] {
  const own = resolveDistrictParams(s.ruleSet, ids, ys)[key];
  return ids.map((_, d) => ys.map((_, y) => own?.values[d][y] ?? table[key]?.[y] ?? null));
}

export function ruleDifferences(scenarios: Scenario[], ruleSets: Record<string, RuleSet> = RULE_SETS): RuleComparison {
  const ys = years(scenarios[0]);
  const sets = scenarios.map((s) => ruleSetFor(s.ruleSet, ruleSets));
  const tables = scenarios.map((s, k) => resolveParams(sets[k] ?? { id: s.ruleSet.id, name: { zh: '', en: '' }, docs: [], description: { zh: '', en: '' }, parameters: {} }, s.ruleSet.overrides, ys));
  const rulesOf = (key: ParamKey) => [...new Set(sets.flatMap((set) => set?.parameters[key]?.reference.map((r) => r.rule) ?? []))];
  const differences: RuleDifference[] = [];
  const add = (key: ParamKey, values: (number | null)[][], district?: string) => {
    const from = values.map((v, k) => {
      if (k === 0) return null;
      const y = v.findIndex((x, i) => x !== values[0][i]);
      return y < 0 ? null : ys[y];
    });
    if (from.some((f) => f !== null)) differences.push({ key, ...(district && { district }), values, from, rules: rulesOf(key) });
  };
  for (const key of PARAM_KEYS) add(key, tables.map((t) => ys.map((_, y) => t[key]?.[y] ?? null)));
  const districtIds = scenarios[0].city.districts.map((d) => d.id);
  const keys = new Set(scenarios.flatMap((s) => Object.keys(s.ruleSet.districtOverrides ?? {}) as ParamKey[]));
  for (const key of PARAM_KEYS.filter((k) => keys.has(k))) {
    const perScenario = scenarios.map((s, k) => districtValues(s, tables[k], key, districtIds, ys));
    districtIds.forEach((id, d) => {
      const values = perScenario.map((v) => v[d]);
      // Only where a district's value differs from its own city-wide change, so one reform is listed once.
      const cityWide = tables.map((t) => ys.map((_, y) => t[key]?.[y] ?? null));
      if (values.some((v, k) => v.some((x, i) => x !== cityWide[k][i]))) add(key, values, id);
    });
  }
  return { years: ys, ruleSetIds: scenarios.map((s) => s.ruleSet.id), differences };
}
