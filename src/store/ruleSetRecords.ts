import type { AuthoredRuleSet } from '../engine/ruleSet';

/** A user's own rule set as stored in the library, keyed by the set's id. */
export interface RuleSetRecord {
  /** the rule set's id */
  id: string;
  ruleSet: AuthoredRuleSet;
  createdAt: number;
  updatedAt: number;
  /** the built-in it was copied from, if any */
  source?: string;
  /** counts saves; a save must start from the revision it read */
  revision?: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether a stored value can be opened as a rule set record (the full check runs before a save and on import). */
export function isRuleSetRecord(raw: unknown): raw is RuleSetRecord {
  return isObject(raw) && typeof raw.id === 'string' && typeof raw.updatedAt === 'number' && isObject(raw.ruleSet) && raw.ruleSet.id === raw.id;
}
