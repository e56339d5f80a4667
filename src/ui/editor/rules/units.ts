/**
 * How a parameter's unit is shown: shares in %, yuan in 万 (the rule sets keep yuan), years without
 * grouping, flags as yes/no. One place, so the card, its range and its override field agree.
 */
import type { Unit } from '../../../engine/params';
import { formatCount, formatShare, formatWanNumber } from '../../../i18n/format';
import type { Locale } from '../../../i18n/messages';
import { RULES_TEXT } from '../../../i18n/rules';
import { readTypedNumber, shownUnitOfScale } from '../../../io/typedNumber';
import { shownInWan, YUAN_PER_WAN } from '../../../registry';

/** Counted in whole units, so their sliders move in whole steps. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set(['household', 'person', 'm2', 'year', 'years', 'flag']);

/** shown = stored × scale: % for shares, 万 for yuan. */
export function unitScale(unit: Unit): number {
  if (unit === 'share') return 100;
  return shownInWan(unit) ? 1 / YUAN_PER_WAN : 1;
}

/** The step of a slider, in shown units. */
export function unitStep(unit: Unit): number {
  if (WHOLE_UNITS.has(unit) || unit === 'share') return 1;
  return shownInWan(unit) ? 0.01 : 0.5;
}

export function unitLabel(unit: Unit, locale: Locale): string {
  return RULES_TEXT[locale].units[unit];
}

/** A shown value (already scaled) back to the stored unit, without float dust (2.5 万 → 25000, not 24999.999…). */
export function toStored(shown: number, unit: Unit): number {
  const stored = shown / unitScale(unit);
  return Math.round(stored * 1e6) / 1e6;
}

/** Typing in a parameter's shown unit, read as officials type it (1,000; 全角; 2.5万 where the unit is not 万): null when it is no number. */
export function readShown(raw: string, unit: Unit): number | null {
  return readTypedNumber(raw, shownUnitOfScale(unitScale(unit)));
}

/** A stored value for the field: scaled and rounded for display. */
export function toShown(stored: number, unit: Unit): number {
  return Math.round(stored * unitScale(unit) * 1e6) / 1e6;
}

/** How a parameter value reads: counts to `digits` decimals; `yearUnit` false leaves years bare ("2007", not "2007 年"). */
export interface ParamValueStyle {
  digits?: number;
  yearUnit?: boolean;
}

/** The number alone, in shown units ("2.5" for 25,000 yuan, "50%" for 0.5). */
export function formatParamNumber(value: number, unit: Unit, locale: Locale, digits = 1): string {
  if (unit === 'share') return formatShare(value, locale);
  if (unit === 'year') return String(value);
  if (unit === 'flag') return value ? RULES_TEXT[locale].yes : RULES_TEXT[locale].no;
  if (shownInWan(unit)) return formatWanNumber(value, locale);
  return formatCount(value, locale, digits);
}

/** A value with its unit: "2.5 万元/社区·年", "300 户", "50%", "2007 年". */
export function formatParamValue(value: number, unit: Unit, locale: Locale, { digits = 1, yearUnit = true }: ParamValueStyle = {}): string {
  const n = formatParamNumber(value, unit, locale, digits);
  if (unit === 'share' || unit === 'flag') return n;
  if (unit === 'year') return locale === 'en' || !yearUnit ? n : `${n} 年`;
  const label = unitLabel(unit, locale);
  if (label === '') return n;
  // English money reads as the app writes 万 elsewhere: "2.5万 (10,000 yuan) per …".
  return locale === 'en' && shownInWan(unit) ? `${n}${label}` : `${n} ${label}`;
}

/** A documented range with its unit once: "2 ～ 3 万元/社区·年", "300 ～ 400 户". */
export function formatParamRange(lo: number, hi: number, unit: Unit, locale: Locale): string {
  const joined = RULES_TEXT[locale].rangeText(formatParamNumber(lo, unit, locale), formatParamNumber(hi, unit, locale));
  if (unit === 'share' || unit === 'flag') return joined;
  if (unit === 'year') return locale === 'en' ? joined : `${joined} 年`;
  return locale === 'en' && shownInWan(unit) ? `${joined}${unitLabel(unit, locale)}` : `${joined} ${unitLabel(unit, locale)}`;
}
