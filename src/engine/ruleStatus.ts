/**
 * How the simulator treats each clause of the policy library (scenarios/policy/ruleStatus.json):
 * modelled (the parameters and metrics it lives in, and the tests that check it), qualitative (the text
 * gives no number) or not modelled (why not). The rule cards and the README's rule list show it;
 * ruleStatus.test.ts keeps it complete and its references real.
 */
import statuses from '../../scenarios/policy/ruleStatus.json';
import type { Text } from './ruleSet';

export const RULE_STATUS_CODES = ['modelled', 'qualitative', 'notModelled'] as const;
export type RuleStatusCode = (typeof RULE_STATUS_CODES)[number];

export interface RuleStatus {
  status: RuleStatusCode;
  /** rule-set parameter keys the clause sets (modelled only) */
  params?: string[];
  /** target metric ids that measure it (modelled only) */
  metrics?: string[];
  /** test files, from the repository root, that check the reading (modelled only) */
  tests?: string[];
  /** how the clause is read, or why it has no number or is left out */
  note: Text;
}

// JSON infers `status` as string; ruleStatus.test.ts checks every entry against RULE_STATUS_CODES.
export const RULE_STATUS = statuses as Record<string, RuleStatus>;

/** the status of a clause, or undefined for an id the library lacks */
export function ruleStatusOf(id: string): RuleStatus | undefined {
  return Object.hasOwn(RULE_STATUS, id) ? RULE_STATUS[id] : undefined;
}
