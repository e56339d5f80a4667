import { RULE_SETS } from '../policyLibrary';
import type { ParamKey } from '../params';
import type { Projection } from '../projection';

/** Rule ids cited by the rule set for these parameters. */
export function rulesFor(p: Projection, ...keys: ParamKey[]): string[] {
  const set = RULE_SETS[p.ruleSetId];
  const ids = keys.flatMap((k) => set?.parameters[k]?.reference.map((r) => r.rule) ?? []);
  return [...new Set(ids)];
}

export function paramAt(p: Projection, key: ParamKey, y: number): number | null {
  return p.params[key]?.[y] ?? null;
}
