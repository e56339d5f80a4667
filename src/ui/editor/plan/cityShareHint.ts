/**
 * What an empty "city share of pay" box means: the engine then takes the rule set's split (or the
 * scenario's override of it), and with neither the districts pay all (src/engine/runState.ts).
 */
import { RULE_SETS } from '../../../engine/policyLibrary';
import type { Scenario } from '../../../engine/scenario';
import { formatShare } from '../../../i18n/format';
import type { Locale } from '../../../i18n/messages';
import { PLAN_TEXT } from '../../../i18n/plan';
import { overrideText } from '../rules/overrideValues';
import { horizonYears, latestValue } from '../rules/ruleParams';

export function cityShareHint(scenario: Scenario, locale: Locale): string {
  const t = PLAN_TEXT[locale].pay;
  const override = scenario.ruleSet.overrides?.['pay.cityShare'];
  if (typeof override === 'number') return t.cityShareOverridden(formatShare(override, locale));
  if (override !== undefined) return t.cityShareOverridden(overrideText(override, 'share', locale));
  const id = scenario.ruleSet.id;
  const param = Object.hasOwn(RULE_SETS, id) ? RULE_SETS[id].parameters['pay.cityShare'] : undefined;
  const share = latestValue(param, horizonYears(scenario.horizon));
  if (!param || share === undefined) return t.cityShareNone;
  return t.cityShareFromRuleSet(formatShare(share, locale), param.reference.map((r) => r.rule).join(locale === 'en' ? ', ' : '、'));
}
