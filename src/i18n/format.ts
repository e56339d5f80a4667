/**
 * Numbers for people: money in 万元 (the engine keeps yuan), shares as percentages, headcounts and
 * floor space with grouping. One place, so the verdict table and the binding sentences agree.
 */
import type { MetricUnit } from '../engine/metrics';
import { wanDecimals, yuanToWan } from '../registry';
import { MESSAGES, type Locale } from './messages';

// A panel of parts formats hundreds of numbers, and making an Intl.NumberFormat costs far more than using one.
const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, style: 'decimal' | 'percent', digits: number, significant = false): Intl.NumberFormat {
  const key = `${locale} ${style} ${digits} ${significant}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style, ...(significant ? { maximumSignificantDigits: digits } : { maximumFractionDigits: digits }) });
    formats.set(key, f);
  }
  return f;
}

/**
 * Make a language's number format ahead of need: the first of a language costs a cold page tens of
 * milliseconds (its locale data loads), which the first visit spends while the engine runs the demo.
 */
export function prepareNumbers(locale: Locale): void {
  formatter(locale, 'decimal', 0).format(0);
}

function number(value: number, locale: Locale, maxFractionDigits: number): string {
  return formatter(locale, 'decimal', maxFractionDigits).format(value);
}

/** A number with thousands separators, to at most `digits` decimals. */
export function formatGrouped(value: number, locale: Locale, digits = 2): string {
  return number(value, locale, digits);
}

/** 0.75 → "75%", 0.6525 → "65.25%"; below 1% three significant digits, so a growth of 0.0334% keeps its digits. */
export function formatRate(share: number, locale: Locale): string {
  const small = share !== 0 && Math.abs(share) < 0.01;
  return (small ? formatter(locale, 'percent', 3, true) : formatter(locale, 'percent', 2)).format(share);
}

/**
 * Figures a formula reads, written so that the formula works out from them: a share or rate to six
 * significant digits (0.0029 → "0.29%", 1/3 → "33.3333%"), money in 万 to the fen (135,061.06 yuan →
 * "13.506106"), other figures to four decimals.
 */
export function formatExactRate(share: number, locale: Locale): string {
  return formatter(locale, 'percent', 6, true).format(share);
}

export function formatExactWan(yuan: number, locale: Locale): string {
  const wan = yuanToWan(yuan);
  return number(wan, locale, Math.max(wanDecimals(wan), 6));
}

export function formatExact(value: number, locale: Locale): string {
  return number(value, locale, 4);
}

/** An amount in whole yuan with separators, to the fen where it has fen: 323,399,400 → "323,399,400". */
export function formatYuan(yuan: number, locale: Locale): string {
  return number(yuan, locale, 2);
}

/** The amount in 万, without unit, as finely as the registry's wanDecimals says (3,120,000 yuan → "312"). */
export function formatWanNumber(yuan: number, locale: Locale): string {
  const wan = yuanToWan(yuan);
  return number(wan, locale, wanDecimals(wan));
}

/** zh "312 万元", en "312万 (10,000 yuan)". */
export function formatWan(yuan: number, locale: Locale): string {
  const amount = formatWanNumber(yuan, locale);
  return locale === 'en' ? `${amount}${MESSAGES.en.unit.wan}` : `${amount} ${MESSAGES[locale].unit.wan}`;
}

/** 0.925 → "92.5%". */
export function formatShare(share: number, locale: Locale): string {
  return formatter(locale, 'percent', 1).format(share);
}

/** Rounded to a whole number, for totals where a fraction would only be noise. */
export function formatWhole(value: number, locale: Locale): string {
  return number(value, locale, 0);
}

/** A count or area, to one decimal unless told otherwise. */
export function formatCount(value: number, locale: Locale, maxFractionDigits = 1): string {
  return number(value, locale, maxFractionDigits);
}

/** A metric value in its own unit, with the unit; counts and areas to `countDigits` decimals. */
export function formatMetric(value: number, unit: MetricUnit, locale: Locale, countDigits = 1): string {
  const m = MESSAGES[locale];
  switch (unit) {
    case 'share':
      return formatShare(value, locale);
    case 'yuan':
      return formatWan(value, locale);
    case 'person':
      return `${formatCount(value, locale, countDigits)} ${m.unit.person}`;
    case 'm2':
      return `${formatCount(value, locale, countDigits)} ${m.unit.m2}`;
    case 'household':
      return `${formatCount(value, locale, countDigits)} ${m.unit.household}`;
    case 'count':
      return `${formatCount(value, locale, countDigits)}${m.unit.count ? ` ${m.unit.count}` : ''}`;
  }
}

/** A gap between a value and its threshold: shares as percentage points (0.05 → "5 个百分点"). */
export function formatGap(gap: number, unit: MetricUnit, locale: Locale): string {
  if (unit !== 'share') return formatMetric(gap, unit, locale);
  return `${number(gap * 100, locale, 1)} ${MESSAGES[locale].unit.percentagePoints}`;
}
