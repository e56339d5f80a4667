/**
 * The city's spaceShareMet and spaceMinShareMet and the districts' staffing totals (staffQuota.ts) of
 * one year, counted in one pass over its communities for verdicts that read all three in that year
 * (the demo's floor-space and quota targets): read apart, each is a pass of its own over the same
 * arrays (national, 6.0 → 4.9 ms of verdicts a run). The counts are whole numbers, as shareAtLeast's
 * (so the same shares), and each district's workers are added in community order, as
 * countDistrictStaffing adds them (so the same sums).
 */
import type { Counts, Projection } from '../projection';
import { inPool, keepDistrictStaffing, keptDistrictStaffing, newDistrictStaffing, type DistrictStaffing } from '../staffQuota';
import { metBit } from './meetsNeed';
import { kindTables } from './scope';
import { minimaByKind, spaceRuleIn } from './space';
import { readsDistrictTotals } from './staffing';
import type { Metric } from './types';

/** A metric's value in year y and one scope (d −1: the city), asked for by a verdict. */
export interface Ask {
  metric: Metric;
  d: number;
  y: number;
}

type Values = (number | null | undefined)[];

/**
 * In each year in which the asks read all three and none is worked out yet, counts them in one pass
 * and keeps them: the shares in valuesOf(metric, −1)[y], the totals for the build under way
 * (keepDistrictStaffing). Whatever else the asks read is left to the metrics. Fewer than three are left
 * to them too: a pass that counts two, or three with one unread, came out no faster than their own.
 */
export function countTogether(p: Projection, asks: readonly Ask[], valuesOf: (metric: Metric, d: number) => Values): void {
  for (const y of new Set(asks.map((a) => a.y))) {
    let space: Values | null = null;
    let min: Values | null = null;
    let pool = false;
    for (const a of asks) {
      if (a.y !== y || valuesOf(a.metric, a.d)[y] !== undefined) continue;
      if (readsDistrictTotals(p, a.metric.id, y)) pool = true;
      else if (a.d < 0 && a.metric.id === 'spaceShareMet') space = valuesOf(a.metric, a.d);
      else if (a.d < 0 && a.metric.id === 'spaceMinShareMet') min = valuesOf(a.metric, a.d);
    }
    const minima = min && minimaByKind(p, y);
    if (!space || !minima || !pool || !spaceRuleIn(p, y) || keptDistrictStaffing(p, y)) continue;
    const c = countCity(p, y, minima);
    space[y] = c.space;
    min![y] = c.min;
    keepDistrictStaffing(p, y, c.staffing);
  }
}

/** The pass's counts, carried from one district's run to the next: [standing, meeting the need, inside the minimum, meeting it]. */
const counts = new Int32Array(4);

/** Year y's city spaceShareMet, spaceMinShareMet under the minimum by kind (minimaByKind), and district totals. */
export function countCity(p: Projection, y: number, minima: (number | null)[]): { space: number | null; min: number | null; staffing: DistrictStaffing } {
  const staffing = newDistrictStaffing(p, y);
  const withCommittee = p.params['staffing.countCommitteeMembers']?.[y] === 1;
  const { min, inRule } = kindTables(minima);
  const { established, space, spaceRequired, staffRequired, inPost } = p.series;
  const { district, kind, committee } = p.entities;
  const nc = p.nCommunities;
  const o = y * p.nEntities;
  counts.fill(0);
  for (let e = 0; e < nc; ) {
    e = cityRun(e, nc, o, established, space, spaceRequired, kind, min, inRule, staffRequired, inPost, withCommittee ? committee : null, district, staffing.counted);
  }
  return { space: shareOf(counts[1], counts[0]), min: shareOf(counts[3], counts[2]), staffing };
}

const shareOf = (good: number, n: number): number | null => (n === 0 ? null : good / n);

/**
 * The run of communities from `from` in one district: adds to the counts and its in-pool workers
 * (with committee members, when given) to the district's count; returns where the run ends. A run is
 * a call of its own, as in staffQuota.ts's districtRun.
 */
function cityRun(
  from: number,
  nc: number,
  o: number,
  established: Uint8Array,
  space: Float64Array,
  spaceRequired: Float64Array,
  kind: Uint8Array,
  min: Float64Array,
  inRule: Uint8Array,
  staffRequired: Counts,
  inPost: Counts,
  committee: Float64Array | null,
  district: Int32Array,
  counted: Float64Array,
): number {
  const d = district[from];
  let sum = counted[d];
  let n = counts[0];
  let good = counts[1];
  let inside = counts[2];
  let goodInside = counts[3];
  // imported bindings read once: read in the loop, each is a cell loaded and checked every pass
  const met = metBit;
  const pooled = inPool;
  let e = from;
  for (; e < nc && district[e] === d; e++) {
    const i = o + e;
    const standing = +(established[i] !== 0);
    const have = space[i];
    n += standing;
    good += standing & met(have, spaceRequired[i]);
    const k = kind[e];
    const ruled = standing & inRule[k];
    inside += ruled;
    goodInside += ruled & met(have, min[k]);
    if (pooled(established[i], staffRequired[i])) sum += committee ? inPost[i] + committee[e] : inPost[i];
  }
  counted[d] = sum;
  counts[0] = n;
  counts[1] = good;
  counts[2] = inside;
  counts[3] = goodInside;
  return e;
}
