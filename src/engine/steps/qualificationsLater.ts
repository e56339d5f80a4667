/**
 * A fresh run's certified and graduate staff made when first read, not worked out and stored as the run
 * goes: no step reads them while the run lasts, and a national run's two series are 5 MB of new pages
 * and four carried remainders an entity a year that a sweep or a goal seek's probes never read.
 *
 * Made, each is replayed with the operations of the year's opening (openYear.ts leave) and hiring
 * (staffing.ts takeHires), in their order, from the same carries (the run's starting phases), into an
 * array of the same kind. The one figure they took from the run's working state, the staff before hires,
 * is in post less hires, exact where leavers can be made so too (leaversLater.ts).
 */
import type { Series } from '../projection';
import { phases } from '../runBuffers';
import { onFirstRead } from '../onFirstRead';
import { takeWhole } from './staffing';

/** What the replay reads besides the kept series: the base staff, the attrition rate and each year's share of qualified hires. */
export interface Qualified {
  base: Float64Array;
  rate: number;
  shares: readonly number[];
}

/** One year at offset o: last year's (at from) less their own leavers, no more than the staff before hires; then the qualified among the hires. */
function year(out: Int32Array, o: number, from: number, n: number, inPost: Int32Array, hires: Int32Array, carries: Float64Array[], rate: number, share: number): void {
  const [leave, hire] = carries;
  for (let e = 0; e < n; e++) {
    const prev = out[from + e];
    out[o + e] = Math.min(inPost[o + e] - hires[o + e], prev - Math.min(prev, takeWhole(leave, e, prev * rate)));
  }
  for (let e = 0; e < n; e++) {
    const h = hires[o + e];
    if (h !== 0) out[o + e] += Math.min(h, takeWhole(hire, e, h * share));
  }
}

function replay(series: Series, n: number, { base, rate, shares }: Qualified): Int32Array {
  // Counts are 32-bit where this runs (leaversCanWait).
  const inPost = series.inPost as Int32Array;
  const hires = series.hires as Int32Array;
  const out = new Int32Array(inPost.length);
  for (let e = 0; e < n; e++) out[e] = base[e];
  const start = phases(new Float64Array(n));
  const carries = [start, start.slice()];
  for (let y = 0; y < shares.length; y++) year(out, y * n, y === 0 ? 0 : (y - 1) * n, n, inPost, hires, carries, rate, shares[y]);
  return out;
}

/** Makes series.certified and series.bachelor, each replayed on its first read. */
export function qualificationsOnRead(series: Series, n: number, certified: Qualified, bachelor: Qualified): void {
  onFirstRead(series, 'certified', () => replay(series, n, certified));
  onFirstRead(series, 'bachelor', () => replay(series, n, bachelor));
}
