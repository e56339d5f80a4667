/** Sums over entities: by level, by district, by year. */
import { LEVEL, type CostItem, type Level, type Projection, type SeriesName } from './projection';
import type { Payer } from './scenario';
import { keptZeroYears } from './zeroYears';

/** district number, or -1 for the whole city */
export type DistrictFilter = number;

/** The index range of a level's entities, as flatten lays them out: communities, then streets, then districts. */
export function levelRange(p: Pick<Projection, 'nCommunities' | 'nStreets' | 'nEntities'>, level: Level): [number, number] {
  if (level === LEVEL.community) return [0, p.nCommunities];
  if (level === LEVEL.street) return [p.nCommunities, p.nCommunities + p.nStreets];
  return [p.nCommunities + p.nStreets, p.nEntities];
}

/**
 * Sum of a series over one level's entities in a year (communities by default). Only the level's range
 * is read: a province's 1,500 streets are summed without passing its 30,000 communities, in the same
 * order as a full scan, so the totals are the same to the last bit.
 */
export function seriesTotal(
  p: Projection,
  name: SeriesName,
  yearIdx: number,
  level: Level = LEVEL.community,
  district: DistrictFilter = -1,
): number {
  const a = p.series[name];
  const base = yearIdx * p.nEntities;
  const [from, to] = levelRange(p, level);
  const districtOf = p.entities.district;
  let sum = 0;
  if (district < 0) for (let e = from; e < to; e++) sum += a[base + e];
  else for (let e = from; e < to; e++) if (districtOf[e] === district) sum += a[base + e];
  return sum;
}

/** Spending in a year, over every entity, optionally one payer, one item, one district. */
export function costTotal(
  p: Projection,
  yearIdx: number,
  filter: { payer?: Payer; item?: CostItem; district?: DistrictFilter } = {},
): number {
  const district = filter.district ?? -1;
  const base = yearIdx * p.nEntities;
  const districtOf = p.entities.district;
  // While a view is built, years of a line that are all zeros are left out (zeroYears.ts): the same sum.
  const zero = keptZeroYears(p);
  const years = p.years.length;
  let sum = 0;
  for (let k = 0; k < p.costLines.length; k++) {
    const line = p.costLines[k];
    if ((filter.payer && line.payer !== filter.payer) || (filter.item && line.item !== filter.item)) continue;
    if (zero?.[k * years + yearIdx]) continue;
    const a = p.costs[k];
    if (district < 0) for (let e = 0; e < p.nEntities; e++) sum += a[base + e];
    else for (let e = 0; e < p.nEntities; e++) if (districtOf[e] === district) sum += a[base + e];
  }
  return sum;
}
