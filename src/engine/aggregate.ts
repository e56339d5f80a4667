/** Sums over entities: by level, by district, by year. */
import { LEVEL, type CostItem, type Level, type Projection, type SeriesName } from './projection';
import type { Payer } from './scenario';

/** district number, or -1 for the whole city */
export type DistrictFilter = number;

function inScope(p: Projection, e: number, level: Level, district: DistrictFilter): boolean {
  return p.entities.level[e] === level && (district < 0 || p.entities.district[e] === district);
}

/** Sum of a series over one level's entities in a year (communities by default). */
export function seriesTotal(
  p: Projection,
  name: SeriesName,
  yearIdx: number,
  level: Level = LEVEL.community,
  district: DistrictFilter = -1,
): number {
  const a = p.series[name];
  const base = yearIdx * p.nEntities;
  let sum = 0;
  for (let e = 0; e < p.nEntities; e++) if (inScope(p, e, level, district)) sum += a[base + e];
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
  let sum = 0;
  p.costLines.forEach((line, k) => {
    if (filter.payer && line.payer !== filter.payer) return;
    if (filter.item && line.item !== filter.item) return;
    const a = p.costs[k];
    for (let e = 0; e < p.nEntities; e++) {
      if (district < 0 || p.entities.district[e] === district) sum += a[base + e];
    }
  });
  return sum;
}

/**
 * Spending in a year in each district, every payer and item: costTotal(p, y, { district: d }) for all
 * d in one pass over the entities instead of one per district. Each district's sum adds the same
 * values in the same order (cost lines, then entities), so the totals are the same to the last bit.
 */
export function costByDistrict(p: Projection, yearIdx: number): Float64Array {
  const sums = new Float64Array(p.nDistricts);
  const base = yearIdx * p.nEntities;
  const { district } = p.entities;
  for (const a of p.costs) {
    for (let e = 0; e < p.nEntities; e++) sums[district[e]] += a[base + e];
  }
  return sums;
}
