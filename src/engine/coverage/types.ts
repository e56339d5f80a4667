/** What coverage produces: plain data and typed arrays, like the rest of a projection. */
import type { CoverageKey } from '../../registry/facilityTypes';
import type { FacilityType, Walk } from '../scenario';

export type { CoverageKey } from '../../registry/facilityTypes';

/** One scope's figures per year. */
export interface CoverageFigures {
  /** covered residents / residents; null when the scope has no residents */
  residentShare: (number | null)[];
  /** share of communities with residents that count as covered (COMMUNITY_COVERED_SHARE); null when none */
  communityShare: (number | null)[];
  coveredResidents: number[];
  residents: number[];
  communities: number[];
  coveredCommunities: number[];
}

/** Populated cells that miss at least one facility type in the last year. */
export interface UncoveredCells {
  year: number;
  count: number;
  /** in the city's crs: lon/lat for wgs84, metres for local */
  crs: 'wgs84' | 'local';
  x: Float64Array;
  y: Float64Array;
  /** residents in that year */
  residents: Float64Array;
  community: Int32Array;
  /** bit k set when FACILITY_TYPES[k] is out of reach */
  missing: Uint8Array;
}

/** A service circle's figures (serviceCircles.ts): residents within its minutes of all its types. */
export interface CircleCoverage {
  id: string;
  minutes: number;
  types: FacilityType[];
  /** metres, as CoverageResult.reach */
  reach: number;
  city: CoverageFigures;
  /** [district] */
  byDistrict: CoverageFigures[];
  /** [year × nCommunities + c]; NaN without residents */
  communityShare: Float64Array;
}

export interface CoverageResult {
  mode: 'straightLine' | 'network';
  walk: Required<Walk>;
  cellSize: number;
  /** metres: the straight-line radius, or the walk along the network */
  reach: number;
  years: number[];
  keys: readonly CoverageKey[];
  cells: number;
  city: Record<CoverageKey, CoverageFigures>;
  /** [district] */
  byDistrict: Record<CoverageKey, CoverageFigures>[];
  /** base-year residents placed in each community's cells */
  communityResidents: Float64Array;
  /** share of each community's residents covered, per key: [key][year × nCommunities + c]; NaN without residents */
  communityShare: Record<CoverageKey, Float64Array>;
  uncovered: UncoveredCells;
  /** the scenario's service circles, in its order (CASES-wuhai) */
  circles: CircleCoverage[];
}
