/**
 * Service circles beside the life circle (CASES-wuhai: Wuhai's ten-minute circle): each has its own
 * walking time and facility types, and a resident is inside when every one of its types is within
 * that walk. They reuse the life circle's cells, grid and raster; each type costs one more pass at the
 * circle's reach, and a cell's year is the latest of its types' first years, as all5's is.
 */
import type { ResidentsByYear } from './coverage';
import { firstCovered, type Scratch } from './firstCovered';
import { TYPE_CODE, type PreparedCircle, type PreparedCoverage } from './prepare';
import type { CircleCoverage, CoverageFigures } from './types';

type ScopeFigures = (prep: PreparedCoverage, ny: number, share: Float64Array, placed: Float64Array, r: ResidentsByYear) => CoverageFigures[];

/** placed: base-year residents in each community's cells; scope turns community shares into the city's and districts' figures. */
export function circleCoverage(
  prep: PreparedCoverage,
  circle: PreparedCircle,
  years: readonly number[],
  placed: Float64Array,
  residents: ResidentsByYear,
  scratch: Scratch,
  scope: ScopeFigures,
): CircleCoverage {
  const nc = prep.nCommunities;
  const ny = years.length;
  const { count: n, community, residents: res } = prep.cells;
  const first = new Uint8Array(n);
  const latest = new Uint8Array(n);
  for (const type of new Set(circle.types)) {
    firstCovered(prep, TYPE_CODE[type], years, first, scratch, circle.reach);
    for (let c = 0; c < n; c++) if (first[c] > latest[c]) latest[c] = first[c];
  }
  // residents first inside in each year, per community, then a running sum over the years
  const share = new Float64Array(ny * nc);
  for (let c = 0; c < n; c++) if (latest[c] < ny) share[latest[c] * nc + community[c]] += res[c];
  for (let y = 1; y < ny; y++) for (let c = 0; c < nc; c++) share[y * nc + c] += share[(y - 1) * nc + c];
  for (let i = 0; i < ny * nc; i++) share[i] = placed[i % nc] > 0 ? share[i] / placed[i % nc] : NaN;
  const [city, ...byDistrict] = scope(prep, ny, share, placed, residents);
  return { id: circle.id, minutes: circle.minutes, types: circle.types, reach: circle.reach, city, byDistrict, communityShare: share };
}
