/**
 * The chosen rule set exists — a built-in, or the authored set the scenario carries (checked whole,
 * checkAuthoredRuleSet.ts) — and each override lies within its documented range or its unit's bounds
 * (checkOverrides.ts).
 */
import { PARAMS, type ParamKey } from '../engine/params';
import { RULE_SET_IDS } from '../engine/policyLibrary';
import type { Parameter } from '../engine/ruleSet';
import type { Scenario } from '../engine/scenario';
import { ruleSetFor } from '../engine/scenarioRuleSet';
import { both, RULE_SET_CHECK } from '../i18n/checks';
import { AUTHORED_CHECK } from '../i18n/ruleSetChecks';
import type { Report } from './checkScenario';
import type { Name } from '../registry';
import { checkAuthoredRuleSet } from './checkAuthoredRuleSet';
import { checkOverrides } from './checkOverrides';
import { listOf } from './validationError';

export function checkRuleSet(scenario: Scenario, report: Report): void {
  const { ruleSet } = scenario;
  if (ruleSet.custom) {
    checkAuthoredRuleSet(ruleSet.custom, ['ruleSet', 'custom'], report);
    if (ruleSet.custom.id !== ruleSet.id) report(['ruleSet', 'id'], ...both(AUTHORED_CHECK.idMismatch(ruleSet.id, ruleSet.custom.id)));
  }
  const set = ruleSetFor(ruleSet);
  if (!set) {
    const known = listOf(RULE_SET_IDS);
    report(['ruleSet', 'id'], ...both(RULE_SET_CHECK.unknown(ruleSet.id, known)));
    return;
  }
  // A parameter the rule set lacks may still be set: the scenario then adds that rule itself,
  // bounded only by what its unit allows.
  checkOverrides(scenario, (key, value) => valueProblem(key, value, set.parameters[key], set.id), report);
}

function valueProblem(key: ParamKey, value: number, param: Parameter | undefined, setId: string): Name | null {
  if (param?.range) {
    const [lo, hi] = param.range;
    if (value >= lo && value <= hi) return null;
    const rules = param.reference.map((r) => r.rule).join(', ');
    return RULE_SET_CHECK.outOfRange(lo, hi, setId, rules, value, PARAMS[key].unit === 'share');
  }
  // Without a documented range the unit still bounds what makes sense.
  const unit = PARAMS[key].unit;
  if (unit === 'share' && (value < 0 || value > 1)) return RULE_SET_CHECK.share(value);
  if (unit === 'flag' && value !== 0 && value !== 1) return RULE_SET_CHECK.flag(value);
  if (unit === 'year' && !/^\d{4}$/.test(String(value))) return RULE_SET_CHECK.year(value);
  if (value < 0) return RULE_SET_CHECK.negative(value);
  return null;
}
