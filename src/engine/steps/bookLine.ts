/** One unit-cost line of a year: its basis counted on each entity × the unit cost (src/engine/costParams.ts). */
import { KIND_CODE } from '../flatten';
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
  const kind = entities.kind;
  const count = basis === 'household' ? households : basis === 'registeredHousehold' ? registeredHouseholds : basis === 'coordinator' ? coordinators : inPost;
  // The line's total, carried round the loop in a typed array: a number carried in a local is boxed by
  // the code V8 compiles for a running loop, one heap object an entity (see recurringCosts.ts payCosts).
  const sum = new Float64Array(1);
  // One loop per kind of count, so the inner loop carries no branch on the basis.
  if (basis === 'community' || basis === 'ruralCommunity') {
    const ruralOnly = basis === 'ruralCommunity';
    // A line that waits to be made when read (fundsLater.ts) is only summed here.
    const later = run.fundsLater?.[line] ?? null;
    if (later !== null) later.years[y] = { unit, newOnly };
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1) || (ruralOnly && kind[e] !== RURAL)) continue;
      if (later === null) out[i] = unit;
      sum[0] += unit;
    }
  } else if (basis === 'workerUpToQuota') {
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
      const v = Math.min(count[i], staffRequired[i]) * unit;
      out[i] = v;
      sum[0] += v;
    }
  } else {
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
      const v = count[i] * unit;
      out[i] = v;
      sum[0] += v;
    }
  }
  return sum[0];
}
