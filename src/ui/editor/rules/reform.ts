/**
 * "New reform": a copy of the scenario with one rule changed from a given year, saved beside the
 * original so both can be opened in compare, where the rule differences are listed first.
 */
import type { ParamKey } from '../../../engine/params';
import type { Scenario } from '../../../engine/scenario';
import { RULE_OVERRIDE_TEXT } from '../../../i18n/ruleOverrides';
import type { Locale } from '../../../i18n/messages';
import type { ScenarioRecord } from '../../../store/records';
import { addScenario, type LibraryStore } from '../../library/libraryActions';
import { setFromYear } from './overrideValues';

export interface RuleChange {
  key: ParamKey;
  from: number;
  /** in the parameter's stored unit */
  value: number;
}

/** The scenario with the change as a dated override, and the reform's name. */
export function reformOf(scenario: Scenario, change: RuleChange, locale: Locale): Scenario {
  const { key, from, value } = change;
  const overrides = { ...scenario.ruleSet.overrides, [key]: setFromYear(scenario.ruleSet.overrides?.[key], from, value, scenario.horizon.firstYear) };
  return { ...scenario, name: RULE_OVERRIDE_TEXT[locale].reformName(scenario.name), ruleSet: { ...scenario.ruleSet, overrides } };
}

/** Saves the reform as a new record; the original stays as current policy. */
export function saveReform(store: LibraryStore, record: ScenarioRecord, scenario: Scenario, change: RuleChange, locale: Locale): Promise<ScenarioRecord> {
  return addScenario(store, reformOf(scenario, change, locale), locale, record.source);
}
