/** The chosen rule set exists, and each override lies within its documented range or its unit's bounds. */
import { PARAMS, type ParamKey } from '../engine/params';
import { RULE_SETS, RULE_SET_IDS } from '../engine/policyLibrary';
import type { Parameter } from '../engine/ruleSet';
import type { Scenario } from '../engine/scenario';
import type { Report } from './checkScenario';
import { listOf, type PathSegment } from './validationError';

export function checkRuleSet({ ruleSet }: Scenario, report: Report): void {
  const set = Object.hasOwn(RULE_SETS, ruleSet.id) ? RULE_SETS[ruleSet.id] : undefined;
  if (!set) {
    const known = listOf(RULE_SET_IDS);
    report(
      ['ruleSet', 'id'],
      `未知规则集“${ruleSet.id}”；可选：${known.zh}`,
      `unknown rule set "${ruleSet.id}"; choose one of ${known.en}`,
    );
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
      report(
        path,
        `应在 ${lo} 到 ${hi} 之间（${setId} 规定的范围，${rules}），实际为 ${value}`,
        `must be from ${lo} to ${hi} (the range in ${setId}, ${rules}), got ${value}`,
      );
    }
    return;
  }
  // Without a documented range the unit still bounds what makes sense.
  const unit = PARAMS[key].unit;
  if (unit === 'share' && (value < 0 || value > 1)) {
    report(path, `应为 0 到 1 之间的比例，实际为 ${value}`, `must be a share from 0 to 1, got ${value}`);
  } else if (unit === 'flag' && value !== 0 && value !== 1) {
    report(path, `应为 0 或 1，实际为 ${value}`, `must be 0 or 1, got ${value}`);
  } else if (unit === 'year' && !/^\d{4}$/.test(String(value))) {
    report(path, `应为四位数年份，实际为 ${value}`, `must be a four-digit year, got ${value}`);
  } else if (value < 0) {
    report(path, `应为不小于 0 的数，实际为 ${value}`, `must be a number ≥ 0, got ${value}`);
  }
}
