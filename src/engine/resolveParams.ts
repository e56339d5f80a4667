/** The value of every rule-set parameter in each plan year, after the scenario's overrides. */
import { overrideInYear, type DistrictParamKey, type OverrideFrom } from './overrides';
import { PARAM_KEYS, type ParamKey } from './params';
import type { Parameter, RuleSet } from './ruleSet';
import type { OverrideValue, RuleSetChoice } from './scenario';

/** Keyed by the parameter-key type, so a misspelt key fails to compile instead of reading as absent. */
export type ParamTable = Partial<Record<ParamKey, (number | null)[]>>;

/** Since when the scenario's value holds, per parameter and year; null where the rule set's own value holds. */
export type OverrideTable = Record<string, (OverrideFrom | null)[]>;

/** A parameter some districts set for themselves: per district index, then year; null where the city-wide value holds. */
export interface DistrictValues {
  values: (number | null)[][];
  from: (OverrideFrom | null)[][];
}

/** The value in force in a year: the latest dated value whose date falls in or before that year; null before the first. */
export function valueInYear(param: Parameter, year: number): number | null {
  return latestIn(param, Object.keys(param.values), year);
}

/** valueInYear over dates already listed (every date of param.values): a run reads each parameter's dates once, not once a year. */
function latestIn(param: Parameter, dates: string[], year: number): number | null {
  let best: string | null = null;
  for (const date of dates) {
    if (Number(date.slice(0, 4)) <= year && (best === null || date > best)) best = date;
  }
  return best === null ? null : param.values[best];
}

/**
 * A dated override holds from its year on; before its first year the rule set's value holds. Each row
 * is pushed into one array literal: every step reads these rows, and rows made by years.map came out
 * with whole-number or decimal elements from one run to the next for the same values, so code compiled
 * for one kind was thrown away at the next run's first read. Rows grown from the one literal all take
 * the most general kind it has held, so a read sees the same kind every run.
 */
export function resolveParams(ruleSet: RuleSet, overrides: Partial<Record<ParamKey, OverrideValue>> | undefined, years: number[]): ParamTable {
  const table: ParamTable = {};
  for (const key of PARAM_KEYS) {
    const override = overrides?.[key];
    const param = ruleSet.parameters[key];
    if (override === undefined && !param) continue;
    const dates = param ? Object.keys(param.values) : [];
    const values: (number | null)[] = [];
    for (const y of years) values.push(overrideInYear(override, y)?.value ?? (param ? latestIn(param, dates, y) : null));
    table[key] = values;
  }
  return table;
}

/** Rule-set parameters in force in a year, whatever a scenario overrides them to, in PARAM_KEYS order. */
export function inForceIn(ruleSet: RuleSet, year: number): Set<ParamKey> {
  const out = new Set<ParamKey>();
  for (const key of PARAM_KEYS) {
    const param = ruleSet.parameters[key];
    if (param && valueInYear(param, year) != null) out.add(key);
  }
  return out;
}

export function overrideTable(overrides: Partial<Record<ParamKey, OverrideValue>> | undefined, years: number[]): OverrideTable {
  const table: OverrideTable = {};
  for (const [key, v] of Object.entries(overrides ?? {}) as [ParamKey, OverrideValue | undefined][]) {
    if (v !== undefined) table[key] = years.map((y) => overrideInYear(v, y)?.from ?? null);
  }
  return table;
}

/** Per-district values by district index (the city's order); districts without their own value read null. */
export function resolveDistrictParams(choice: RuleSetChoice, districtIds: string[], years: number[]): Record<string, DistrictValues> {
  const out: Record<string, DistrictValues> = {};
  for (const [key, byDistrict] of Object.entries(choice.districtOverrides ?? {}) as [DistrictParamKey, Record<string, OverrideValue> | undefined][]) {
    if (!byDistrict || Object.keys(byDistrict).length === 0) continue;
    const inForce = districtIds.map((id) => years.map((y) => overrideInYear(Object.hasOwn(byDistrict, id) ? byDistrict[id] : undefined, y)));
    out[key] = { values: inForce.map((row) => row.map((o) => o?.value ?? null)), from: inForce.map((row) => row.map((o) => o?.from ?? null)) };
  }
  return out;
}
