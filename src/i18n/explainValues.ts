/**
 * Figures of an explanation as text, in the registry's units. Money reads in 万元 as everywhere else,
 * to the registry's precision; a price per m² stays in 元, as building costs are quoted; shares and rates read as
 * percentages fine enough that a growth of 0.29% does not read as 0.
 */
import { shownInWan, UNIT_NAME, wanDecimals, yuanToWan, type Unit } from '../registry/units';
import { MESSAGES, type Locale } from './messages';

export const pick = <T>(name: { zh: T; en: T }, locale: Locale): T => (locale === 'en' ? name.en : name.zh);

/** Amounts kept in yuan and shown in 万: a formula that reads one says its amounts are in 万元. */
export const isMoney = shownInWan;

// A panel of parts formats hundreds of numbers, and making an Intl.NumberFormat costs far more than using one.
const formats = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, style: 'decimal' | 'percent', digits: number, significant = false): Intl.NumberFormat {
  const key = `${locale} ${style} ${digits} ${significant}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style, ...(significant ? { maximumSignificantDigits: digits } : { maximumFractionDigits: digits }) });
    formats.set(key, f);
  }
  return f;
}

export function grouped(value: number, locale: Locale, digits = 2): string {
  return format(locale, 'decimal', digits).format(value);
}

/** 0.75 → "75%", 0.6525 → "65.25%"; below 1% three significant digits, so a growth of 0.0334% keeps its digits. */
export function formatRate(share: number, locale: Locale): string {
  const small = share !== 0 && Math.abs(share) < 0.01;
  return (small ? format(locale, 'percent', 3, true) : format(locale, 'percent', 2)).format(share);
}

/** An amount in 万 without its unit, to the registry's precision. */
export function wanNumber(yuan: number, locale: Locale): string {
  const wan = yuanToWan(yuan);
  return grouped(wan, locale, wanDecimals(wan));
}

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
      return grouped(value, locale);
    default:
      return join(isMoney(unit) ? wanNumber(value, locale) : grouped(value, locale), pick(UNIT_NAME[unit], locale), locale);
  }
}

/** A figure inside a formula: money in 万 without unit, a price per m² in 元 with its unit, shares as %. */
export function formulaNumber(value: number, unit: Unit, locale: Locale): string {
  if (isMoney(unit)) return wanNumber(value, locale);
  if (unit === 'share' || unit === 'rate') return formatRate(value, locale);
  if (unit === 'yuanPerM2') return join(grouped(value, locale), pick(UNIT_NAME.yuanPerM2, locale), locale);
  if (unit === 'year') return String(value);
  return grouped(value, locale);
}

/** The unit a list of figures shares, for its heading ('' for shares, which carry their %). */
export function explainUnitWord(unit: Unit, locale: Locale): string {
  if (unit === 'share' || unit === 'rate' || unit === 'year' || unit === 'count' || unit === 'factor') return '';
  return pick(UNIT_NAME[unit], locale);
}

/** A figure without its unit, for lists whose heading names the unit once. */
export function formatExplainNumber(value: number, unit: Unit, locale: Locale): string {
  if (isMoney(unit)) return wanNumber(value, locale);
  if (unit === 'share' || unit === 'rate' || unit === 'year') return formatExplainValue(value, unit, locale);
  return grouped(value, locale);
}
