/**
 * The units of charts and their tables, those of the metrics: money in 万元 (the engine keeps yuan),
 * shares in %, people, m², households and counts as they are. Stored values become shown ones here, and shown ones become text here.
 */
import { formatMetric } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import { RESULTS } from '../../i18n/results';
import { wanToYuan, yuanToWan, type MetricUnit } from '../../registry/units';

export type ValueUnit = MetricUnit;

/** A stored value in its shown unit, rounded so a spreadsheet sees no float dust. */
export function toShown(value: number, unit: ValueUnit): number {
  if (!Number.isFinite(value)) return NaN;
  const x = unit === 'yuan' ? yuanToWan(value) : unit === 'share' ? value * 100 : value;
  // `|| 0` turns a rounded −0 (a difference of −0.00000047 万元) into 0, which no reader wants to see signed.
  return Math.round(x * 1e4) / 1e4 || 0;
}

/**
 * The unit of a money axis: 万元, or 亿元 once the values reach 10,000 万元, so that a tick never reads
 * "2万" on a 万元 axis (2 亿元) nor carries five digits in a small panel. divisor turns 万元 into it.
 */
export function moneyAxis(maxShownWan: number): { divisor: number; yi: boolean } {
  return maxShownWan >= 10_000 ? { divisor: 10_000, yi: true } : { divisor: 1, yi: false };
}

/** The axis of a chart's shown values: moneyAxis by the largest magnitude for money, as they are otherwise. */
export function axisFor(unit: ValueUnit, shown: readonly (number | null)[]): { divisor: number; yi: boolean } {
  if (unit !== 'yuan') return { divisor: 1, yi: false };
  return moneyAxis(Math.max(0, ...shown.map((v) => (v === null || !Number.isFinite(v) ? 0 : Math.abs(v)))));
}

/** The unit written in a chart's heading for that axis: 亿元 where the axis is in 亿元. */
export function axisUnitText(unit: ValueUnit, axis: { yi: boolean }, locale: Locale): string {
  return axis.yi ? RESULTS[locale].unit.yi : unitText(unit, locale);
}

/** A table cell: the shown number, or null where there is none. */
export function cell(value: number, unit: ValueUnit): number | null {
  const x = toShown(value, unit);
  return Number.isFinite(x) ? x : null;
}

/** The shown unit's name: 万元, %, 人, 平方米. */
export function unitText(unit: ValueUnit, locale: Locale): string {
  const u = RESULTS[locale].unit;
  return unit === 'yuan' ? u.wan : unit === 'share' ? u.percent : u[unit];
}

/** A stored value with its unit, "—" where there is none. */
export function formatValue(value: number | null, unit: ValueUnit, locale: Locale): string {
  return value === null || !Number.isFinite(value) ? '—' : formatMetric(value, unit, locale);
}

/** A shown value (already in 万元 or %) with its unit, for tooltips and chart summaries. */
export function formatShown(shown: number, unit: ValueUnit, locale: Locale): string {
  const stored = unit === 'yuan' ? wanToYuan(shown) : unit === 'share' ? shown / 100 : shown;
  return formatValue(stored, unit, locale);
}
