/** Counting over the established entities of one level, in the city or in one district. */
import type { DistrictFilter } from '../aggregate';
import type { ParamKey } from '../params';
import { LEVEL, type Level, type Projection } from '../projection';

export function param(p: Projection, key: ParamKey, yearIdx: number): number | null {
  return p.params[key]?.[yearIdx] ?? null;
}

/** The index range of a level's entities: communities, then streets, then districts. */
function rangeOf(p: Projection, level: Level): [number, number] {
  if (level === LEVEL.community) return [0, p.nCommunities];
  if (level === LEVEL.street) return [p.nCommunities, p.nCommunities + p.nStreets];
  return [p.nCommunities + p.nStreets, p.nEntities];
}

/**
 * Share of established entities of a level for which ok(i, e) holds; null when there are none. An
 * entity for which ok returns null is outside the rule (a village under a rule for residents'
 * committees) and is not counted.
 */
export function shareOf(
  p: Projection,
  yearIdx: number,
  level: Level,
  district: DistrictFilter,
  ok: (i: number, e: number) => boolean | null,
): number | null {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const districtOf = p.entities.district;
  const [from, to] = rangeOf(p, level);
  let n = 0;
  let good = 0;
  for (let e = from; e < to; e++) {
    if (est[base + e] === 0 || (district >= 0 && districtOf[e] !== district)) continue;
    const met = ok(base + e, e);
    if (met === null) continue;
    n++;
    if (met) good++;
  }
  return n === 0 ? null : good / n;
}

/** Σ max(0, gap(i, e)) over the established entities of a level. */
export function gapOf(p: Projection, yearIdx: number, level: Level, district: DistrictFilter, gap: (i: number, e: number) => number) {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const districtOf = p.entities.district;
  const [from, to] = rangeOf(p, level);
  let sum = 0;
  for (let e = from; e < to; e++) {
    if (est[base + e] === 0 || (district >= 0 && districtOf[e] !== district)) continue;
    sum += Math.max(0, gap(base + e, e));
  }
  return sum;
}
