/** Value axes that are not anchored at zero: differences (either sign) and fans (a spread far from zero). */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { Margin } from '../../charts/scales';

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

export function linearY(domain: [number, number], height: number, margin: Margin): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(domain)
    .nice(4)
    .range([height - margin.bottom, margin.top]);
}
