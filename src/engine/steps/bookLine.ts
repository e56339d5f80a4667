/**
 * One unit-cost line of a year: its basis counted on each entity × the unit cost (src/engine/costParams.ts).
 * A line the run leaves unread (src/engine/unread.ts) is summed but not written: its sum never reads the
 * line back, so it is the same either way.
 */
import { KIND_CODE } from '../flatten';
import type { CostValues } from '../projection';
import type { Run } from '../runState';
import type { LineCost } from './unitCosts';

const RURAL = KIND_CODE.rural;

/** Writes one unit-cost line for year y, unless it is unread. Returns the line's total. */
export function bookLine(run: Run, y: number, { line, param, unit, newOnly }: LineCost): number {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = run.flat;
  const o = y * n;
  const out = run.unread.costLines[line] === true ? null : run.costs[line];
  const { basis } = param;
  if (basis === 'street' || basis === 'district') {
    // Streets and districts stand from the start, so a one-off already in force reaches none of them.
    if (newOnly) return 0;
    const [from, to] = basis === 'street' ? [nc, nc + ns] : [nc + ns, n];
    for (let e = from; out && e < to; e++) out[o + e] = unit;
    return unit * (to - from);
  }
  // A one-off in force the year before falls only on communities set up this year (none can be told apart in the first year).
  if (newOnly && y === 0) return 0;
  const { established, households, registeredHouseholds, coordinators, inPost, staffRequired } = run.series;
  const count = basis === 'household' ? households : basis === 'registeredHousehold' ? registeredHouseholds : basis === 'coordinator' ? coordinators : inPost;
  // The line's total, carried round the loop in a typed array: a number carried in a local is boxed
  // by the code V8 compiles for a running loop, one heap object an entity.
  const sum = new Float64Array(1);
  // One loop per kind of count, so the inner loop carries no branch on the basis.
  if (basis === 'community' || basis === 'ruralCommunity') eachCommunity(run, y, unit, newOnly, basis === 'ruralCommunity' ? entities.kind : null, out, sum);
  else if (basis === 'workerUpToQuota') upToQuota(run, y, unit, newOnly, count, staffRequired, out, sum);
  else counted(run, y, unit, newOnly, count, out, sum);
  return sum[0];
}

/** unit on every community established (and, for a one-off, new) this year, of the rural kind when kind is given. */
function eachCommunity(run: Run, y: number, unit: number, newOnly: boolean, kind: Uint8Array | null, out: CostValues | null, sum: Float64Array): void {
  const { nCommunities: nc, nEntities: n } = run.flat;
  const o = y * n;
  const { established } = run.series;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1) || (kind !== null && kind[e] !== RURAL)) continue;
    if (out) out[i] = unit;
    sum[0] += unit;
  }
}

/** unit × the count, up to the staff required, on every community established (and, for a one-off, new) this year. */
function upToQuota(run: Run, y: number, unit: number, newOnly: boolean, count: ArrayLike<number>, staffRequired: ArrayLike<number>, out: CostValues | null, sum: Float64Array): void {
  const { nCommunities: nc, nEntities: n } = run.flat;
  const o = y * n;
  const { established } = run.series;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
    const v = Math.min(count[i], staffRequired[i]) * unit;
    if (out) out[i] = v;
    sum[0] += v;
  }
}

/** unit × the count on every community established (and, for a one-off, new) this year. */
function counted(run: Run, y: number, unit: number, newOnly: boolean, count: ArrayLike<number>, out: CostValues | null, sum: Float64Array): void {
  const { nCommunities: nc, nEntities: n } = run.flat;
  const o = y * n;
  const { established } = run.series;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
    const v = count[i] * unit;
    if (out) out[i] = v;
    sum[0] += v;
  }
}
