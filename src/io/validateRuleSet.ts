/**
 * The gate a rule-set file passes on import into the library (and the editor before saving): every
 * problem at once, each with its path, in both languages.
 */
import type { AuthoredRuleSet } from '../engine/ruleSet';
import { checkAuthoredRuleSet } from './checkAuthoredRuleSet';
import type { Report } from './checkScenario';
import { authoredRuleSetSchema } from './ruleSetSchema';
import { translateIssues } from './translateIssues';
import { type ValidationError } from './validationError';
import { formatPath } from './formatPath';

export type RuleSetResult = { ok: true; ruleSet: AuthoredRuleSet } | { ok: false; errors: ValidationError[] };

/** Never throws, never mutates its input; on success a fresh copy holding only the known fields. */
export function validateRuleSet(input: unknown): RuleSetResult {
  const parsed = authoredRuleSetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: translateIssues(authoredRuleSetSchema, input, parsed.error.issues) };
  const errors: ValidationError[] = [];
  const report: Report = (path, zh, en) => errors.push({ path: formatPath(path), zh, en });
  checkAuthoredRuleSet(parsed.data, [], report);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ruleSet: parsed.data };
}
