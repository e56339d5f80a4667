import { RULE_SETS } from '../policyLibrary';
import type { ParamKey } from '../params';
import type { Projection } from '../projection';
import type { ExplainInput } from './types';

/** Rule ids cited by the rule set for these parameters. */
export function rulesFor(p: Projection, ...keys: ParamKey[]): string[] {
  const set = RULE_SETS[p.ruleSetId];
  const ids = keys.flatMap((k) => set?.parameters[k]?.reference.map((r) => r.rule) ?? []);
  return [...new Set(ids)];
}

export function paramAt(p: Projection, key: ParamKey, y: number): number | null {
  return p.params[key]?.[y] ?? null;
}

/** A parameter as an input: the value in force for entity e in year y, and whether the scenario set it (from when, for which district). */
export function paramInput(p: Projection, key: ParamKey, y: number, e?: number): Pick<ExplainInput, 'value' | 'override'> {
  const own = e === undefined ? undefined : p.districtParams[key];
  if (own && e !== undefined) {
    const di = p.entities.district[e];
    const value = own.values[di][y];
    const from = own.from[di][y];
    if (value !== null && from !== null) return { value, override: { from, district: p.entities.name[p.nCommunities + p.nStreets + di] } };
  }
  const from = p.overrideFrom[key]?.[y] ?? null;
  return { value: paramAt(p, key, y), ...(from !== null && { override: { from } }) };
}
