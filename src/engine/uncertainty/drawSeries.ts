/**
 * A draw's key series from one pass over the communities a year. Read one by one, staff in post, the
 * floor-space gap and, under a district quota, the district totals the staffing figures read
 * (staffQuota.ts) are three passes a year over a province's arrays, which a draw has long since pushed
 * out of the cache. The pass adds the same terms in the same order as seriesTotal, gapBelow and
 * countDistrictStaffing, so every value is keySeriesValue's to the bit; the other series are
 * keySeriesValue's own.
 *
 * The city's share of communities meeting the floor-space rule (spaceShareMet) and the minimum by kind
 * (spaceMinShareMet) read the arrays the space gap reads: the pass counts them too, for the draw's
 * targets (targetReader.ts), as shareAtLeast counts them (whole numbers, so the same shares). Without a
 * district quota or a training wait (staffCountedInPost), the staff gap and the city's staffing share
 * read staff in post and required staff, which the pass reads too: it sums the gap as gapBelow (or
 * gapOf, with committee members) does and counts the share as shareAtLeast (or shareOf) does. Where the
 * draw context leaves them (drawContext.ts coverageLeft), the pass also sums the city's all5 coverage
 * figures as coverage.ts scopeFigures does, the same terms in the same order: one pass over the year's
 * communities instead of two.
 */
import { coveredBit } from '../coverage/coverage';
import type { CoverageFigures } from '../coverage/types';
import { keySeriesValue, type KeySeriesName } from '../keySeries';
import { metBit } from '../metrics/meetsNeed';
import { kindTables } from '../metrics/scope';
import { minimaByKind, spaceRuleIn } from '../metrics/space';
import { staffCountedInPost } from '../metrics/staffing';
import { positivePart } from '../positivePart';
import type { Counts, Projection } from '../projection';
import type { Target } from '../scenario';
import { inPool, keepDistrictStaffing, quotaLevelIn, quotasIn } from '../staffQuota';
import { figureKey } from './targetReader';

/** The years (indices) in which a target asks for the city's spaceMinShareMet: the pass counts it only then. */
export function minShareYears(targets: readonly Target[], years: readonly number[]): boolean[] {
  const asked = targets.filter((t) => t.metric === 'spaceMinShareMet' && t.scope?.district === undefined);
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  return Array.from(years, (year) => asked.some((t) => t.year === year));
}

/** What a draw's pass works out besides its key series. */
export interface PassFigures {
  /** the city's figures, by figureKey: spaceShareMet always, spaceMinShareMet in a year withMin; spaceGap, staffGap and staffingShareMet where the pass counts them */
  figures: Map<string, number | null>;
  withMin: boolean;
  /** the city's all5 coverage figures, left empty by the draw context (coverageLeft), years in order */
  weigh: boolean;
}

/**
 * Writes year y of each named series at out[s][at], and of what `also` names. Call it inside
 * sharingDistrictStaffing: the district totals it counts are kept there for the staffing targets read
 * in the same build.
 */
export function readKeySeries(p: Projection, y: number, names: readonly KeySeriesName[], out: Float64Array[], at: number, also?: PassFigures): void {
  const withMin = also?.withMin ?? false;
  const byDistrict = quotaLevelIn(p.params, y) === 'district';
  const withCommittee = p.params['staffing.countCommitteeMembers']?.[y] === 1;
  const o = y * p.nEntities;
  const counted = new Float64Array(byDistrict ? p.nDistricts : 0);
  const { inPost, established, staffRequired, spaceRequired, space } = p.series;
  const minima = withMin ? minimaByKind(p, y) : null;
  const kinds = minima && kindTables(minima);
  const c = also?.weigh ? p.coverage! : null;
  const share = c ? c.communityShare.all5.subarray(y * p.nCommunities) : NONE;
  const staff = staffCountedInPost(p, y);
  const sums = yearPass(p.nCommunities, o, inPost, established, staffRequired, spaceRequired, space, p.entities.district, withCommittee ? p.entities.committee : null, counted, staff, p.entities.kind, kinds, c !== null, p.series.residents, share, c ? c.communityResidents : NONE);
  if (c) fill(c.city.all5, y, sums);
  if (byDistrict) {
    keepDistrictStaffing(p, y, { quota: quotasIn(p, y), counted });
  }
  const ruled = spaceRuleIn(p, y);
  names.forEach((name, s) => {
    out[s][at] = name === 'inPost' ? sums[0] : name === 'spaceGap' ? (ruled ? sums[1] : NaN) : name === 'staffGap' && staff ? sums[10] : keySeriesValue(p, name, y);
  });
  if (!also) return;
  also.figures.set(figureKey('spaceShareMet', -1, y), ruled ? shareOf(sums[3], sums[2]) : null);
  // The city's gaps as targets read them; where the pass did not count one, its target counts it itself
  // (a figure kept from an earlier draw is not this one's).
  keep(also.figures, figureKey('spaceGap', -1, y), ruled, sums[1]);
  keep(also.figures, figureKey('staffGap', -1, y), staff, sums[10]);
  keep(also.figures, figureKey('staffingShareMet', -1, y), staff, shareOf(sums[11], sums[2]));
  if (withMin) also.figures.set(figureKey('spaceMinShareMet', -1, y), kinds && shareOf(sums[5], sums[4]));
}

const shareOf = (good: number, n: number): number | null => (n === 0 ? null : good / n);
const NONE = new Float64Array(0);

/** A figure the pass counted, under its key; one it did not count, taken out. */
function keep(figures: Map<string, number | null>, key: string, counted: boolean, value: number | null): void {
  if (counted) figures.set(key, value);
  else figures.delete(key);
}

/** Year y of the city's coverage figures from the pass's sums, as scopeFigures writes them. */
function fill(f: CoverageFigures, y: number, sums: Float64Array): void {
  const [total, covered, communities, good] = sums.subarray(6);
  f.residents[y] = total;
  f.coveredResidents[y] = covered;
  f.residentShare[y] = total > 0 ? covered / total : null;
  f.communities[y] = communities;
  f.coveredCommunities[y] = good;
  f.communityShare[y] = communities > 0 ? good / communities : null;
}

/**
 * The pass: staff in post summed over the communities, the space gap over the established ones, and
 * the workers each district's pool counts (when counted has a place for each district); with them,
 * how many established communities there are and how many meet their space need; with staff, their
 * staffing gap and how many meet their staffing need (staffCountedInPost); with kinds
 * (kindTables), how many are inside the minimum by kind and how many meet it; with weigh, the residents
 * of the communities with cells and residents, those covered, how many such communities there are
 * and how many count as covered (coverage.ts yearFigures). A loop of its own, its sums in a typed
 * array (see payCosts in steps/recurringCosts.ts): [staff in post, space gap, established, meeting the
 * need, inside the minimum, meeting it, residents, covered, communities, covered communities, staff
 * gap, meeting the staffing need].
 */
function yearPass(
  nc: number,
  o: number,
  inPost: Counts,
  established: Uint8Array,
  staffRequired: Counts,
  spaceRequired: Float64Array,
  space: Float64Array,
  district: Int32Array,
  committee: Float64Array | null,
  counted: Float64Array,
  staff: boolean,
  kind: Uint8Array,
  kinds: { min: Float64Array; inRule: Uint8Array } | null,
  weigh: boolean,
  residents: Counts,
  /** the year's covered share of each community's residents on cells, from community 0 */
  share: Float64Array,
  placed: Float64Array,
): Float64Array {
  const sums = new Float64Array(12);
  const pools = counted.length > 0;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    sums[0] += inPost[i];
    if (weigh) {
      const people = residents[i];
      if (placed[e] > 0 && people > 0) {
        const s = share[e];
        sums[6] += people;
        sums[7] += people * s;
        sums[8]++;
        sums[9] += coveredBit(s);
      }
    }
    if (established[i] === 0) continue;
    // shortfall (meetsNeed.ts) written out, so its test also counts the community meeting its need
    const met = metBit(space[i], spaceRequired[i]);
    sums[1] += positivePart(spaceRequired[i] - space[i]) * (1 - met);
    sums[2]++;
    sums[3] += met;
    if (kinds !== null) {
      const inside = kinds.inRule[kind[e]];
      sums[4] += inside;
      sums[5] += inside & metBit(space[i], kinds.min[kind[e]]);
    }
    if (pools && inPool(1, staffRequired[i])) counted[district[e]] += inPost[i] + (committee === null ? 0 : committee[e]);
    if (staff) {
      // shortfall and metBit (meetsNeed.ts) on the workers the metrics count: staff in post, with committee members where they count
      const have = committee === null ? inPost[i] : inPost[i] + committee[e];
      const ok = metBit(have, staffRequired[i]);
      sums[10] += positivePart(staffRequired[i] - have) * (1 - ok);
      sums[11] += ok;
    }
  }
  return sums;
}
