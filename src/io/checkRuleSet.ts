/** The chosen rule set exists, and each override lies within its documented range or its unit's bounds. */
import { PARAMS, type ParamKey } from '../engine/params';
import { RULE_SETS, RULE_SET_IDS } from '../engine/policyLibrary';
import type { Parameter } from '../engine/ruleSet';
import type { Scenario } from '../engine/scenario';
import { both, RULE_SET_CHECK } from '../i18n/checks';
import type { Report } from './checkScenario';
import { listOf, type PathSegment } from './validationError';

export function checkRuleSet({ ruleSet }: Scenario, report: Report): void {
  const set = Object.hasOwn(RULE_SETS, ruleSet.id) ? RULE_SETS[ruleSet.id] : undefined;
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
  const unit = PARAMS[key].unit;
  if (unit === 'share' && (value < 0 || value > 1)) {
    report(path, ...both(RULE_SET_CHECK.share(value)));
  } else if (unit === 'flag' && value !== 0 && value !== 1) {
    report(path, ...both(RULE_SET_CHECK.flag(value)));
  } else if (unit === 'year' && !/^\d{4}$/.test(String(value))) {
    report(path, ...both(RULE_SET_CHECK.year(value)));
  } else if (value < 0) {
    report(path, ...both(RULE_SET_CHECK.negative(value)));
  }
}
