/** The value of every rule-set parameter in each plan year, after the scenario's overrides. */
import { PARAM_KEYS, type ParamKey } from './params';
import type { Parameter, RuleSet } from './ruleSet';

/** Keyed by the parameter-key type, so a misspelt key fails to compile instead of reading as absent. */
export type ParamTable = Partial<Record<ParamKey, (number | null)[]>>;

/** The value in force in a year: the latest dated value whose date falls in or before that year; null before the first. */
export function valueInYear(param: Parameter, year: number): number | null {
  let best: string | null = null;
  for (const date of Object.keys(param.values)) {
    if (Number(date.slice(0, 4)) <= year && (best === null || date > best)) best = date;
  }
  return best === null ? null : param.values[best];
}

export function resolveParams(
  ruleSet: RuleSet,
  overrides: Partial<Record<ParamKey, number>> | undefined,
  years: number[],
): ParamTable {
  const table: ParamTable = {};
  for (const key of PARAM_KEYS) {
    const override = overrides?.[key];
    const param = ruleSet.parameters[key];
    if (override !== undefined) table[key] = years.map(() => override);
    else if (param) table[key] = years.map((y) => valueInYear(param, y));
  }
  return table;
}
