/** A scenario's own values for rule-set parameters: for all years, from a given year, or per district. */
import type { ParamKey } from './params';
import type { OverrideValue, RuleSetChoice } from './scenario';

/** Since when an override holds: a year, or 'all' for a single value over every year. */
export type OverrideFrom = number | 'all';

export interface OverrideInForce {
  value: number;
  from: OverrideFrom;
}

/**
 * Parameters the engine reads per district, because a document lets districts choose them:
 * GOV2020-3a (a ratio within 300–400 households per worker) and the city's share of pay, which some
 * cities set district by district.
 */
export const DISTRICT_PARAM_KEYS = ['staffing.householdsPerWorker', 'pay.cityShare'] as const satisfies readonly ParamKey[];
export type DistrictParamKey = (typeof DISTRICT_PARAM_KEYS)[number];

export function isDistrictParamKey(key: string): key is DistrictParamKey {
  return (DISTRICT_PARAM_KEYS as readonly string[]).includes(key);
}

/** The override in force in a year: the latest dated value from that year or before; null before the first. */
export function overrideInYear(value: OverrideValue | undefined, year: number): OverrideInForce | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return { value, from: 'all' };
  let best: number | null = null;
  for (const date of Object.keys(value)) {
    const y = Number(date);
    if (y <= year && (best === null || y > best)) best = y;
  }
  return best === null ? null : { value: value[String(best)], from: best };
}

/** Dated values in year order, for showing and editing; a single value comes back as [['all', v]]. */
export function overrideSteps(value: OverrideValue): [OverrideFrom, number][] {
  if (typeof value === 'number') return [['all', value]];
  return Object.keys(value)
    .map(Number)
    .sort((a, b) => a - b)
    .map((y): [OverrideFrom, number] => [y, value[String(y)]]);
}

/** Every (parameter, value, year) the scenario sets, city-wide and per district, for checks and listings. */
export function overrideEntries(choice: RuleSetChoice): { key: ParamKey; district?: string; from: OverrideFrom; value: number }[] {
  const out: { key: ParamKey; district?: string; from: OverrideFrom; value: number }[] = [];
  for (const [key, v] of Object.entries(choice.overrides ?? {}) as [ParamKey, OverrideValue | undefined][]) {
    if (v !== undefined) for (const [from, value] of overrideSteps(v)) out.push({ key, from, value });
  }
  for (const [key, byDistrict] of Object.entries(choice.districtOverrides ?? {}) as [DistrictParamKey, Record<string, OverrideValue> | undefined][]) {
    for (const [district, v] of Object.entries(byDistrict ?? {})) for (const [from, value] of overrideSteps(v)) out.push({ key, district, from, value });
  }
  return out;
}
