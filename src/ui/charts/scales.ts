/** Scales and ticks for the charts, as plain functions of the data and the size they are drawn at. */
import { scaleBand, scaleLinear, scalePoint, type ScaleBand, type ScaleLinear, type ScalePoint } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room for y tick labels such as "600,000" and the year labels below. */
export const MARGIN: Margin = { top: 10, right: 12, bottom: 22, left: 56 };
export const COMPACT_MARGIN: Margin = { top: 6, right: 4, bottom: 16, left: 32 };

/** The largest finite value, or 0; nulls (a rule the rule set lacks) are skipped. */
export function maxOf(values: Iterable<number | null | undefined>): number {
  let max = 0;
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v) && v > max) max = v;
  return max;
}

/** A value axis from zero; an all-zero series still gets a readable 0–1 axis. */
export function valueScale(max: number, height: number, margin: Margin): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4)
    .range([height - margin.bottom, margin.top]);
}

export function yearPoints(years: readonly number[], width: number, margin: Margin): ScalePoint<number> {
  return scalePoint<number>().domain(years).range([margin.left, width - margin.right]).padding(0.4);
}

export function yearBands(years: readonly number[], width: number, margin: Margin): ScaleBand<number> {
  return scaleBand<number>().domain(years).range([margin.left, width - margin.right]).paddingInner(0.35).paddingOuter(0.2);
}

/**
 * Tick values of a value scale, few enough to label at this height (about one per 40 px). d3 takes
 * the count as a hint only, so every other tick is dropped until they fit.
 */
export function valueTicks(scale: ScaleLinear<number, number>, height: number): number[] {
  const count = Math.max(2, Math.min(6, Math.floor(height / 40)));
  let ticks = scale.ticks(count);
  while (ticks.length > count + 1) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}

/** Zero and the top of the axis only, for small panels. */
export function endTicks(scale: ScaleLinear<number, number>): number[] {
  const [lo, hi] = scale.domain();
  return lo === hi ? [lo] : [lo, hi];
}

/**
 * Tick labels with grouping and no spurious decimals (0.1 + 0.2 stays "0.3"); compact ones for small
 * panels (zh "2万", en "20K").
 */
export function tickLabel(value: number, locale: string, compact = false): string {
  if (compact) return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 0 }).format(value);
}
