/**
 * A fresh run's leavers made when first read, not stored as the run goes: they are what last year's staff
 * (the base staff in the first year) less this year's staff before hires, and both are kept anyway. A
 * national run's leavers are 2.5 MB of new pages that a sweep or a goal seek's probes never read.
 *
 * The year's opening (openYear.ts leave) keeps staying = last − left, and hiring (staffing.ts) adds the
 * hires to it, so last − (inPost − hires) gives left back exactly where every one of them is a whole number
 * in 32-bit range (counts kept as whole numbers, wholeCounts.ts) and the attrition rate is at most 1: a
 * larger one can make last × rate overflow, and a carry of NaN then stores NaN's leavers as 0.
 */
import type { Series } from '../projection';
import type { Scenario } from '../scenario';
import { onFirstRead } from '../onFirstRead';

export function leaversCanWait(scenario: Scenario, wholeCounts: boolean): boolean {
  return wholeCounts && scenario.plan.hiring.attritionRate <= 1;
}

/** last year's staff (base, for the first year) less this year's before hires, entity by entity. */
function leaversOf(inPost: Int32Array, hires: Int32Array, base: Float64Array, n: number): Int32Array {
  const out = new Int32Array(inPost.length);
  for (let e = 0; e < n; e++) out[e] = base[e] - (inPost[e] - hires[e]);
  for (let i = n; i < out.length; i++) out[i] = inPost[i - n] - (inPost[i] - hires[i]);
  return out;
}

/** Makes series.leavers, worked out on its first read from the staff in post, the hires and the base staff. Counts are 32-bit here (leaversCanWait). */
export function leaversOnRead(series: Series, base: Float64Array, n: number): void {
  onFirstRead(series, 'leavers', () => leaversOf(series.inPost as Int32Array, series.hires as Int32Array, base, n));
}
