/** The chosen rule set exists, and each override lies within its documented range or its unit's bounds (checkOverrides.ts). */
import { PARAMS, type ParamKey } from '../engine/params';
import { RULE_SETS, RULE_SET_IDS } from '../engine/policyLibrary';
import type { Parameter } from '../engine/ruleSet';
import type { Scenario } from '../engine/scenario';
import { both, RULE_SET_CHECK } from '../i18n/checks';
import type { Report } from './checkScenario';
import type { Name } from '../registry';
import { checkOverrides } from './checkOverrides';
import { listOf } from './validationError';

export function checkRuleSet(scenario: Scenario, report: Report): void {
  const { ruleSet } = scenario;
  const set = Object.hasOwn(RULE_SETS, ruleSet.id) ? RULE_SETS[ruleSet.id] : undefined;
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
    return RULE_SET_CHECK.outOfRange(lo, hi, setId, rules, value);
  }
  // Without a documented range the unit still bounds what makes sense.
  const unit = PARAMS[key].unit;
  if (unit === 'share' && (value < 0 || value > 1)) return RULE_SET_CHECK.share(value);
  if (unit === 'flag' && value !== 0 && value !== 1) return RULE_SET_CHECK.flag(value);
  if (unit === 'year' && !/^\d{4}$/.test(String(value))) return RULE_SET_CHECK.year(value);
  if (value < 0) return RULE_SET_CHECK.negative(value);
  return null;
}
