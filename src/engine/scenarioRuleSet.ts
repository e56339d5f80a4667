/** The rule set a scenario runs on: the one it carries, else the built-in its id names. */
import { RULE_SETS } from './policyLibrary';
import type { RuleSet } from './ruleSet';
import type { RuleSetChoice } from './scenario';

/** undefined when the choice names no known set (validation reports that before a run). */
export function ruleSetFor(choice: RuleSetChoice, ruleSets: Record<string, RuleSet> = RULE_SETS): RuleSet | undefined {
  if (choice.custom) return choice.custom;
  return Object.hasOwn(ruleSets, choice.id) ? ruleSets[choice.id] : undefined;
}
