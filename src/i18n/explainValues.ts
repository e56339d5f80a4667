/**
 * Figures of an explanation as text, in the registry's units, with the numbers of src/i18n/format.ts.
 * Money reads in 万元 as everywhere else, to the registry's precision; a price per m² stays in 元, as
 * building costs are quoted; shares and rates read as percentages. The inputs a formula reads are
 * written exactly enough that the formula works out from them (a growth of 0.29% never reads as 0).
 */
import { shownInWan, UNIT_NAME, type Unit } from '../registry/units';
import { formatExact, formatExactRate, formatExactWan, formatGrouped, formatRate, formatWanNumber, formatYuan } from './format';
import { MESSAGES, type Locale } from './messages';

export const pick = <T>(name: { zh: T; en: T }, locale: Locale): T => (locale === 'en' ? name.en : name.zh);

/** Amounts kept in yuan and shown in 万: a formula that reads one says its amounts are in 万元. */
export const isMoney = shownInWan;

/** "5 人", "5 people"; an amount in 万 takes its unit without a space in English: "2万 (10,000 yuan) …". */
export function join(amount: string, unit: string, locale: Locale): string {
  if (!unit) return amount;
  return locale === 'en' && unit.startsWith('万') ? `${amount}${unit}` : `${amount} ${unit}`;
}

/** A figure of an explanation with its unit; null means the rule set lacks the rule. */
export function formatExplainValue(value: number | null, unit: Unit, locale: Locale): string {
  if (value === null) return MESSAGES[locale].notInRuleSet;
  switch (unit) {
    case 'share':
    case 'rate':
      return formatRate(value, locale);
    case 'year':
      return String(value);
    case 'count':
    case 'factor':
      return formatGrouped(value, locale);
    default:
      return join(isMoney(unit) ? formatWanNumber(value, locale) : formatGrouped(value, locale), pick(UNIT_NAME[unit], locale), locale);
  }
}

/** A figure inside a formula: money in 万 without unit, a price per m² in 元 with its unit, shares as %. */
export function formulaNumber(value: number, unit: Unit, locale: Locale): string {
  if (isMoney(unit)) return formatWanNumber(value, locale);
  if (unit === 'share' || unit === 'rate') return formatRate(value, locale);
  if (unit === 'yuanPerM2') return join(formatGrouped(value, locale), pick(UNIT_NAME.yuanPerM2, locale), locale);
  if (unit === 'year') return String(value);
  return formatGrouped(value, locale);
}

/**
 * An input inside a formula, exact enough that the formula works out from what is written: as
 * formulaNumber, but shares to six significant digits, money to the fen and other figures to four decimals.
 */
export function formulaInput(value: number, unit: Unit, locale: Locale): string {
  if (isMoney(unit)) return formatExactWan(value, locale);
  if (unit === 'share' || unit === 'rate') return formatExactRate(value, locale);
  if (unit === 'yuanPerM2') return join(formatExact(value, locale), pick(UNIT_NAME.yuanPerM2, locale), locale);
  if (unit === 'year') return String(value);
  return formatExact(value, locale);
}

/** An input with its unit, as exactly as the formula writes it; null means the rule set lacks the rule. */
export function formatExplainInput(value: number | null, unit: Unit, locale: Locale): string {
  if (value === null) return MESSAGES[locale].notInRuleSet;
  if (unit === 'share' || unit === 'rate' || unit === 'year' || unit === 'yuanPerM2') return formulaInput(value, unit, locale);
  const word = unit === 'count' || unit === 'factor' ? '' : pick(UNIT_NAME[unit], locale);
  return join(formulaInput(value, unit, locale), word, locale);
}

const YUAN = { zh: '元', en: 'yuan' };

/** A money figure to the yuan (the fen where it has fen) with separators, beside its 万元: "323,399,400 元". */
export function exactYuan(yuan: number, locale: Locale): string {
  return join(formatYuan(yuan, locale), pick(YUAN, locale), locale);
}

/** The unit a list of figures shares, for its heading ('' for shares, which carry their %). */
export function explainUnitWord(unit: Unit, locale: Locale): string {
  if (unit === 'share' || unit === 'rate' || unit === 'year' || unit === 'count' || unit === 'factor') return '';
  return pick(UNIT_NAME[unit], locale);
}

/** A figure without its unit, for lists whose heading names the unit once. */
export function formatExplainNumber(value: number, unit: Unit, locale: Locale): string {
  if (isMoney(unit)) return formatWanNumber(value, locale);
  if (unit === 'share' || unit === 'rate' || unit === 'year') return formatExplainValue(value, unit, locale);
  return formatGrouped(value, locale);
}
