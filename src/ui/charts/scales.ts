/**
 * Scales and ticks for the charts, as plain functions of the data and the size they are drawn at: value
 * axes from zero (levels), around zero (differences) or around a spread (fans), years as points or bands.
 */
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
  return linearY([0, max > 0 ? max : 1], height, margin);
}

/** A vertical axis over the domain, ending on nice numbers. */
export function linearY(domain: [number, number], height: number, margin: Margin): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(domain)
    .nice(4)
    .range([height - margin.bottom, margin.top]);
}

/** Finite values only; [0, 1] when there are none. */
export function extent(values: Iterable<number | null | undefined>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo > hi ? [0, 1] : [lo, hi];
}

/** Zero always in view, so above and below the baseline read at a glance; a flat zero series gets −1…1. */
export function signedDomain([lo, hi]: [number, number]): [number, number] {
  const a = Math.min(0, lo);
  const b = Math.max(0, hi);
  return a === b ? [-1, 1] : [a, b];
}

/**
 * A fan's axis from zero when the spread sits within the lower half of that axis' reach, else from a
 * little below the spread: a fan of 5,400–5,900 workers drawn from zero would be a line.
 */
export function fanDomain([lo, hi]: [number, number]): [number, number] {
  if (lo >= 0 && lo <= hi / 2) return [0, hi > 0 ? hi : 1];
  if (hi <= 0 && hi >= lo / 2) return [lo < 0 ? lo : -1, 0];
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 1;
  return [lo - pad, hi + pad];
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
