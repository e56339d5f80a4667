/**
 * A draw's key series from one pass over the communities a year. Read one by one, staff in post, the
 * floor-space gap and, under a district quota, the district totals the staffing figures read
 * (staffQuota.ts) are three passes a year over a province's arrays, which a draw has long since pushed
 * out of the cache. The pass adds the same terms in the same order as seriesTotal, gapBelow and
 * countDistrictStaffing, so every value is keySeriesValue's to the bit; the other series are
 * keySeriesValue's own.
 */
import { keySeriesValue, type KeySeriesName } from '../keySeries';
import { shortfall } from '../metrics/meetsNeed';
import { spaceRuleIn } from '../metrics/space';
import type { Counts, Projection } from '../projection';
import { inPool, keepDistrictStaffing, quotaLevelIn, quotasIn } from '../staffQuota';

/**
 * Writes year y of each named series at out[s][at]. Call it inside sharingDistrictStaffing: the
 * district totals it counts are kept there for the staffing targets read in the same build.
 */
export function readKeySeries(p: Projection, y: number, names: readonly KeySeriesName[], out: Float64Array[], at: number): void {
  const byDistrict = quotaLevelIn(p.params, y) === 'district';
  const withCommittee = p.params['staffing.countCommitteeMembers']?.[y] === 1;
  const o = y * p.nEntities;
  const counted = new Float64Array(byDistrict ? p.nDistricts : 0);
  const { inPost, established, staffRequired, spaceRequired, space } = p.series;
  // [staff in post, space gap]
  const sums = yearPass(p.nCommunities, o, inPost, established, staffRequired, spaceRequired, space, p.entities.district, withCommittee ? p.entities.committee : null, counted);
  if (byDistrict) {
    keepDistrictStaffing(p, y, { quota: quotasIn(p, y), counted });
  }
  names.forEach((name, s) => {
    out[s][at] = name === 'inPost' ? sums[0] : name === 'spaceGap' ? (spaceRuleIn(p, y) ? sums[1] : NaN) : keySeriesValue(p, name, y);
  });
}

/**
 * The pass: staff in post summed over the communities, the space gap over the established ones, and
 * the workers each district's pool counts (when counted has a place for each district). A loop of
 * its own, its sums in a typed array (see payCosts in steps/recurringCosts.ts).
 */
function yearPass(
  nc: number,
  o: number,
  inPost: Counts,
  established: Uint8Array,
  staffRequired: Float64Array,
  spaceRequired: Float64Array,
  space: Float64Array,
  district: Int32Array,
  committee: Float64Array | null,
  counted: Float64Array,
): Float64Array {
  const sums = new Float64Array(2);
  const pools = counted.length > 0;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    sums[0] += inPost[i];
    if (established[i] === 0) continue;
    sums[1] += shortfall(spaceRequired[i], space[i]);
    if (pools && inPool(1, staffRequired[i])) counted[district[e]] += inPost[i] + (committee === null ? 0 : committee[e]);
  }
  return sums;
}
