/**
 * A metric in every scope at once (the city and each district) in one pass over a level, for the
 * results view, which shows them all. The single-scope passes of scope.ts stay for a verdict, which
 * needs one scope. Each loop visits the level's entities in ascending order, as those passes do, so
 * every value is the same to the last bit: a share's counts are whole numbers (the city's are the
 * districts' added up), and a gap adds the same terms in the same order, once into its district's sum
 * and once into the city's.
 */
import { levelRange } from '../aggregate';
import type { Level, Projection, Values } from '../projection';
import { metBit, shortfall } from './meetsNeed';
import { kindTables } from './scope';

/** A metric's value in one year for the city and for each district (in the city's order). */
export interface ScopeValues {
  city: number | null;
  byDistrict: (number | null)[];
}

/** Counts by district: met of counted, and the city's from their sums. */
function shares(counted: Int32Array, met: Int32Array): ScopeValues {
  let n = 0;
  let good = 0;
  const byDistrict: (number | null)[] = [];
  for (let d = 0; d < counted.length; d++) {
    n += counted[d];
    good += met[d];
    byDistrict.push(counted[d] === 0 ? null : met[d] / counted[d]);
  }
  return { city: n === 0 ? null : good / n, byDistrict };
}

/** shareOf (scope.ts) in every scope: ok(i, e) null leaves the entity out. */
export function shareOfScopes(p: Projection, yearIdx: number, level: Level, ok: (i: number, e: number) => boolean | null): ScopeValues {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const districtOf = p.entities.district;
  const counted = new Int32Array(p.nDistricts);
  const met = new Int32Array(p.nDistricts);
  const [from, to] = levelRange(p, level);
  for (let e = from; e < to; e++) {
    if (est[base + e] === 0) continue;
    const good = ok(base + e, e);
    if (good === null) continue;
    counted[districtOf[e]]++;
    if (good) met[districtOf[e]]++;
  }
  return shares(counted, met);
}

/** shareAtLeast (scope.ts) in every scope: have[i] meets need[i] (meetsNeed.ts), or a minimum by community kind (null: outside the rule). */
export function shareAtLeastScopes(p: Projection, yearIdx: number, level: Level, have: Values, need: Values | (number | null)[]): ScopeValues {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const districtOf = p.entities.district;
  const kind = p.entities.kind;
  const counted = new Int32Array(p.nDistricts);
  const met = new Int32Array(p.nDistricts);
  const [from, to] = levelRange(p, level);
  if (!Array.isArray(need)) {
    for (let i = base + from; i < base + to; i++) {
      const d = districtOf[i - base];
      const standing = +(est[i] !== 0);
      counted[d] += standing;
      met[d] += standing & metBit(have[i], need[i]);
    }
  } else {
    const { min, inRule } = kindTables(need);
    for (let e = from; e < to; e++) {
      const i = base + e;
      const inside = +(est[i] !== 0) & inRule[kind[e]];
      counted[districtOf[e]] += inside;
      met[districtOf[e]] += inside & metBit(have[i], min[kind[e]]);
    }
  }
  return shares(counted, met);
}

/** gapBelow (scope.ts) in every scope: Σ shortfall(need[i], have[i]) over the level's established entities. */
export function gapBelowScopes(p: Projection, yearIdx: number, level: Level, need: Values, have: Values): ScopeValues {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const districtOf = p.entities.district;
  const sums = new Float64Array(p.nDistricts);
  let city = 0;
  const [from, to] = levelRange(p, level);
  for (let i = base + from; i < base + to; i++) {
    if (est[i] === 0) continue;
    const g = shortfall(need[i], have[i]);
    city += g;
    sums[districtOf[i - base]] += g;
  }
  return { city, byDistrict: Array.from(sums) };
}

/** gapOf (scope.ts) in every scope: Σ short(i, e), each term a shortfall or 0. */
export function gapScopes(p: Projection, yearIdx: number, level: Level, short: (i: number, e: number) => number): ScopeValues {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const districtOf = p.entities.district;
  const sums = new Float64Array(p.nDistricts);
  let city = 0;
  const [from, to] = levelRange(p, level);
  for (let e = from; e < to; e++) {
    if (est[base + e] === 0) continue;
    const g = short(base + e, e);
    city += g;
    sums[districtOf[e]] += g;
  }
  return { city, byDistrict: Array.from(sums) };
}
