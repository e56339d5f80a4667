/**
 * Community size: the band a residents' committee should fall in (QY-4 1,000–3,000 households;
 * GOV2020-2a at most 3,000 when a committee is set up) and the city average (NJ2007-2, about 2,500).
 * Villages have their own committees and no band in these documents, so only urban communities count.
 */
import type { DistrictFilter } from '../aggregate';
import { KIND_CODE } from '../flatten';
import { LEVEL, type Projection } from '../projection';
import type { MetricId } from '../../registry/metrics';
import { shareOfScopes, type ScopeValues } from './allScopes';
import { eachOf, param, shareOf } from './scope';
import type { MetricDef } from './types';

export interface SizeBand {
  /** fewest households; null where the document gives only a ceiling */
  low: number | null;
  high: number | null;
  /** GOV2020-2a speaks of setting a committee up: the band holds for new urban communities only */
  newOnly: boolean;
}

export function sizeBandIn(params: Record<string, (number | null)[]>, y: number): SizeBand | null {
  const low = params['community.sizeBandLow']?.[y] ?? null;
  const high = params['community.sizeBandHigh']?.[y] ?? null;
  if (low === null && high === null) return null;
  return { low, high, newOnly: (params['community.sizeBandNewOnly']?.[y] ?? 0) === 1 };
}

/** Whether the band speaks of a community of this kind. */
export function bandCovers(band: SizeBand, kind: number): boolean {
  return kind === KIND_CODE.urbanNew || (kind === KIND_CODE.urbanExisting && !band.newOnly);
}

export function withinBand(band: SizeBand, households: number): boolean {
  return (band.low === null || households >= band.low) && (band.high === null || households <= band.high);
}

/** Committees a community of this size would need to fit the ceiling: ⌈households ÷ high⌉. */
export function committeesFor(households: number, high: number): number {
  return Math.max(1, Math.ceil(households / high - 1e-9));
}

export interface OverBandRow {
  /** community index (as in the community table) */
  community: number;
  households: number;
  committees: number;
}

/** Communities the band covers that are above its ceiling in year y, largest first. */
export function overBand(
  band: SizeBand | null,
  table: { count: number; kind: ArrayLike<number>; established: ArrayLike<number>; households: ArrayLike<number> },
  y: number,
): OverBandRow[] {
  if (band?.high == null) return [];
  const high = band.high;
  const rows: OverBandRow[] = [];
  for (let c = 0; c < table.count; c++) {
    const i = y * table.count + c;
    const h = table.households[i];
    if (table.established[i] === 0 || !bandCovers(band, table.kind[c]) || h <= high) continue;
    rows.push({ community: c, households: h, committees: committeesFor(h, high) });
  }
  return rows.sort((a, b) => b.households - a.households || a.community - b.community);
}

function averageHouseholds(p: Projection, y: number, d: DistrictFilter): number | null {
  if (param(p, 'community.averageHouseholds', y) === null) return null;
  const base = y * p.nEntities;
  let n = 0;
  let sum = 0;
  eachOf(p, LEVEL.community, d, (e) => {
    if (p.series.established[base + e] === 0 || p.entities.kind[e] === KIND_CODE.rural) return;
    n++;
    sum += p.series.households[base + e];
  });
  return n === 0 ? null : sum / n;
}

/** The city's and each district's average households over established urban communities, in one pass. */
function averageHouseholdsScopes(p: Projection, y: number): ScopeValues | null {
  if (param(p, 'community.averageHouseholds', y) === null) return null;
  const base = y * p.nEntities;
  const districtOf = p.entities.district;
  const counted = new Int32Array(p.nDistricts);
  const sums = new Float64Array(p.nDistricts);
  let n = 0;
  let sum = 0;
  // The same additions in the same order as averageHouseholds' passes, one for the city and one per district.
  for (let e = 0; e < p.nCommunities; e++) {
    if (p.series.established[base + e] === 0 || p.entities.kind[e] === KIND_CODE.rural) continue;
    const h = p.series.households[base + e];
    n++;
    sum += h;
    counted[districtOf[e]]++;
    sums[districtOf[e]] += h;
  }
  return { city: n === 0 ? null : sum / n, byDistrict: Array.from(sums, (s, d) => (counted[d] === 0 ? null : s / counted[d])) };
}

/** In the band, for a community the band covers; null (outside the rule) for one it does not. */
function inBand(p: Projection, band: SizeBand) {
  // Whether the band covers each kind, read once rather than per community.
  const covers = [0, 1, 2].map((kind) => bandCovers(band, kind));
  return (i: number, e: number) => (covers[p.entities.kind[e]] ? withinBand(band, p.series.households[i]) : null);
}

export const SIZE_METRICS = {
  sizeShareInBand: {
    unit: 'share',
    better: 'higher',
    rules: ['QY-4', 'GOV2020-2a'],
    concerns: 'size',
    compute: (p, y, d) => {
      const band = sizeBandIn(p.params, y);
      return band && shareOf(p, y, LEVEL.community, d, inBand(p, band));
    },
    scopes: (p, y) => {
      const band = sizeBandIn(p.params, y);
      return band && shareOfScopes(p, y, LEVEL.community, inBand(p, band));
    },
  },
  // NJ2007-2: merging too-small communities raises the average towards about 2,500
  averageHouseholds: { unit: 'household', better: 'higher', rules: ['NJ2007-2'], concerns: 'size', compute: averageHouseholds, scopes: averageHouseholdsScopes },
} satisfies Partial<Record<MetricId, MetricDef>>;
