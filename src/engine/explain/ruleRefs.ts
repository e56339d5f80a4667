import { RULE_SETS } from '../policyLibrary';
import type { Projection } from '../projection';

/** Rule ids cited by the rule set for these parameters. */
export function rulesFor(p: Projection, ...keys: string[]): string[] {
  const set = p.customRuleSet ?? RULE_SETS[p.ruleSetId];
  const ids = keys.flatMap((k) => set?.parameters[k as keyof typeof set.parameters]?.reference.map((r) => r.rule) ?? []);
  return [...new Set(ids)];
}

export function paramAt(p: Projection, key: string, y: number): number | null {
  return p.params[key]?.[y] ?? null;
}
