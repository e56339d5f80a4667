/** One unit-cost line of a year: its basis counted on each entity × the unit cost (src/engine/costParams.ts). */
import { KIND_CODE } from '../flatten';
import { CHUNK } from '../chunk';
import type { CostValues, Values } from '../projection';
import type { Run } from '../runState';
import type { LineCost } from './unitCosts';

const RURAL = KIND_CODE.rural;

/** Writes one unit-cost line for year y: its basis counted on each entity × the unit cost. Returns the line's total. */
export function bookLine(run: Run, y: number, { line, param, unit, newOnly }: LineCost): number {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = run.flat;
  const o = y * n;
  const out = run.costs[line];
  const { basis } = param;
  if (basis === 'street' || basis === 'district') {
    // Streets and districts stand from the start, so a one-off already in force reaches none of them.
    if (newOnly) return 0;
    const [from, to] = basis === 'street' ? [nc, nc + ns] : [nc + ns, n];
    for (let e = from; e < to; e++) out[o + e] = unit;
    return unit * (to - from);
  }
  // A one-off in force the year before falls only on communities set up this year (none can be told apart in the first year).
  if (newOnly && y === 0) return 0;
  const { established, households, registeredHouseholds, coordinators, inPost, staffRequired } = run.series;
  const count = basis === 'household' ? households : basis === 'registeredHousehold' ? registeredHouseholds : basis === 'coordinator' ? coordinators : inPost;
  // The line's total, carried from one call to the next (chunk.ts).
  const sum = new Float64Array(1);
  // One loop per kind of count, so the inner loop carries no branch on the basis.
  if (basis === 'community' || basis === 'ruralCommunity') {
    // A line that waits to be made when read (fundsLater.ts) is only summed here.
    const later = run.fundsLater?.[line] ?? null;
    if (later !== null) later.years[y] = { unit, newOnly };
    const only = basis === 'ruralCommunity' ? RURAL : -1;
    for (let e = 0; e < nc; e += CHUNK) perCommunity(o, n, e, Math.min(nc, e + CHUNK), established, entities.kind, only, newOnly, later === null ? out : null, unit, sum);
  } else if (basis === 'workerUpToQuota') {
    for (let e = 0; e < nc; e += CHUNK) perWorkerUpTo(o, n, e, Math.min(nc, e + CHUNK), established, newOnly, count, staffRequired, out, unit, sum);
  } else {
    for (let e = 0; e < nc; e += CHUNK) perCount(o, n, e, Math.min(nc, e + CHUNK), established, newOnly, count, out, unit, sum);
  }
  return sum[0];
}

/** The unit on each standing community of [from, to) (new ones only, villages only where `only` is RURAL), written unless out is null, added to sum[0]. */
function perCommunity(o: number, n: number, from: number, to: number, established: Uint8Array, kind: Uint8Array, only: number, newOnly: boolean, out: CostValues | null, unit: number, sum: Float64Array): void {
  let total = sum[0];
  for (let e = from; e < to; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1) || (only >= 0 && kind[e] !== only)) continue;
    if (out !== null) out[i] = unit;
    total += unit;
  }
  sum[0] = total;
}

/** count × unit on each standing community of [from, to), new ones only where newOnly, written to out and added to sum[0]. */
function perCount(o: number, n: number, from: number, to: number, established: Uint8Array, newOnly: boolean, count: Values, out: CostValues, unit: number, sum: Float64Array): void {
  let total = sum[0];
  for (let e = from; e < to; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
    const v = count[i] * unit;
    out[i] = v;
    total += v;
  }
  sum[0] = total;
}

/** perCount with each count at most the staff required: workers up to the quota. */
function perWorkerUpTo(o: number, n: number, from: number, to: number, established: Uint8Array, newOnly: boolean, count: Values, required: Values, out: CostValues, unit: number, sum: Float64Array): void {
  let total = sum[0];
  for (let e = from; e < to; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
    const v = Math.min(count[i], required[i]) * unit;
    out[i] = v;
    total += v;
  }
  sum[0] = total;
}
