/** Levers and their values in words: names from the lever vocabulary (src/i18n/levers.ts), values with their unit. */
import { PARAMS } from '../../../engine/params';
import type { Scenario } from '../../../engine/scenario';
import { ANALYSIS } from '../../../i18n/analysis';
import { formatShare, formatWanNumber } from '../../../i18n/format';
import { fieldName, withoutNote } from '../../../i18n/levers';
import type { Locale } from '../../../i18n/messages';
import { RULES_TEXT } from '../../../i18n/rules';
import { formatParamValue } from '../../editor/rules/units';
import { choiceField, type LeverChoice } from './levers';

/** Planned facilities are a count of the plan's own in its order, a choice of the form's own; every other lever by its path. */
export function leverName(c: LeverChoice, scenario: Scenario, locale: Locale): string {
  return c.kind === 'plannedFacilities' ? ANALYSIS[locale].seek.plannedFacilities : fieldName(choiceField(c, scenario), locale);
}

/** A short name for a copy's title: the lever without its explanation in brackets. */
export function leverShortName(c: LeverChoice, scenario: Scenario, locale: Locale): string {
  return withoutNote(leverName(c, scenario, locale));
}

export function formatLeverValue(c: LeverChoice, stored: number, locale: Locale): string {
  const units = ANALYSIS[locale].seek.units;
  const n = (x: number, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);
  switch (c.kind) {
    case 'budget':
      return locale === 'en' ? `${formatWanNumber(stored, locale)}万 yuan a year` : `${formatWanNumber(stored, locale)} ${units.wanPerYear}`;
    case 'hiringCapacity':
      return `${n(stored)} ${units.personPerYear}`;
    case 'cityShare':
      return formatShare(stored, locale);
    case 'plannedFacilities':
      return locale === 'en' ? `${n(stored)} ${stored === 1 ? 'facility' : 'facilities'}` : `${n(stored)} ${units.facilities}`;
    case 'rule':
      return formatParamValue(stored, PARAMS[c.key].unit, locale);
  }
}

/** "0.5 至 0.625、…": where the outcome fell as the lever rose, in the lever's unit. */
export function reversalsText(c: LeverChoice, reversals: { from: number; to: number }[], locale: Locale): string {
  const t = ANALYSIS[locale].seek;
  return reversals.map((r) => t.between(formatLeverValue(c, r.from, locale), formatLeverValue(c, r.to, locale))).join(t.listJoin);
}

/** The unit a lever's values are typed and shown in: "人/年", "万元/年", "%", the rule parameter's unit. */
export function leverUnitLabel(c: LeverChoice, locale: Locale): string {
  const units = ANALYSIS[locale].seek.units;
  switch (c.kind) {
    case 'budget':
      return units.wanPerYear;
    case 'hiringCapacity':
      return units.personPerYear;
    case 'cityShare':
      return units.percent;
    case 'plannedFacilities':
      return units.facilities;
    case 'rule':
      return RULES_TEXT[locale].units[PARAMS[c.key].unit];
  }
}
