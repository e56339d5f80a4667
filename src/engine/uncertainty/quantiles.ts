/** Quantiles of a sample, as fan charts and tornado bars read them. */

export const FAN_PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface Fan {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * The p-quantile of sorted values by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, the default of R and NumPy); NaN for an empty sample.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The finite values, sorted ascending. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[n++] = values[i];
  return out.subarray(0, n).sort();
}

export function fanOf(values: ArrayLike<number>): Fan {
  const s = sortedFinite(values);
  const [p5, p25, p50, p75, p95] = FAN_PROBS.map((p) => quantileSorted(s, p));
  return { p5, p25, p50, p75, p95 };
}

/** Mean of the finite values; NaN when there are none. */
export function meanFinite(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    sum += values[i];
    n++;
  }
  return n === 0 ? NaN : sum / n;
}
