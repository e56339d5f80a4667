/**
 * The chosen rule set exists — a built-in, or the authored set the scenario carries (checked whole,
 * checkAuthoredRuleSet.ts) — and each override lies within its documented range or its unit's bounds.
 */
import { PARAMS, type ParamKey } from '../engine/params';
import { RULE_SET_IDS } from '../engine/policyLibrary';
import type { Parameter } from '../engine/ruleSet';
import type { Scenario } from '../engine/scenario';
import { ruleSetFor } from '../engine/scenarioRuleSet';
import { both, RULE_SET_CHECK } from '../i18n/checks';
import { AUTHORED_CHECK } from '../i18n/ruleSetChecks';
import { checkAuthoredRuleSet, checkUnitBounds } from './checkAuthoredRuleSet';
import type { Report } from './checkScenario';
import { listOf, type PathSegment } from './validationError';

export function checkRuleSet({ ruleSet }: Scenario, report: Report): void {
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
  for (const [key, value] of Object.entries(ruleSet.overrides ?? {}) as [ParamKey, number | undefined][]) {
    if (value === undefined) continue;
    const path = ['ruleSet', 'overrides', key];
    // A parameter the rule set lacks may still be set: the scenario then adds that rule itself,
    // bounded only by what its unit allows.
    checkOverride(path, key, value, set.parameters[key], set.id, report);
  }
}

function checkOverride(path: PathSegment[], key: ParamKey, value: number, param: Parameter | undefined, setId: string, report: Report): void {
  if (param?.range) {
    const [lo, hi] = param.range;
    if (value < lo || value > hi) {
      const rules = param.reference.map((r) => r.rule).join(', ');
      report(path, ...both(RULE_SET_CHECK.outOfRange(lo, hi, setId, rules, value)));
    }
    return;
  }
  // Without a documented range the unit still bounds what makes sense.
  checkUnitBounds(PARAMS[key].unit, value, path, report);
}
