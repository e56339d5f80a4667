/**
 * A building delay moves planned openings later; where that only moves coverage later, year for year,
 * every delay's shares follow from the undelayed raster, and a Monte Carlo seed or cache rasters once.
 */
import type { PreparedCoverage } from '../coverage/prepare';
import type { CoverageKey, CoverageResult } from '../coverage/types';

/**
 * Whether a delay only moves coverage later, year for year: so when the years follow one another, every
 * facility of the city serves from the first year and every planned one opens after it. A cell's first
 * covered year is then the first (a facility of the city reaches it) or a planned opening's, which a
 * delay of d moves d years on (firstCovered.ts); the types' latest, all5's and a service circle's, moves
 * with them. The running sums over years (coverage.ts) then add the same residents in the same order,
 * d years later, with nothing added in between: each year's shares are year max(0, y − d)'s of no delay.
 */
export function delaysMove(prep: PreparedCoverage, planned: number, years: readonly number[]): boolean {
  const { count, openingYear } = prep.facilities;
  for (let f = 0; f < count; f++) if ((f < planned) !== (openingYear[f] <= years[0])) return false;
  return years.every((y, k) => y === years[0] + k);
}

/**
 * The shares of r, worked out with no delay, for a delay of d years (delaysMove), in fresh arrays. Its
 * figures (the city's, the districts', the circles') stay r's: every reader reweighs the shares by its
 * own residents (coverageCache.ts reweigh).
 */
export function movedBy(r: CoverageResult, d: number, keys: readonly CoverageKey[], nc: number): CoverageResult {
  const move = (a: Float64Array): Float64Array => {
    const out = new Float64Array(a.length);
    for (let y = 0; y * nc < a.length; y++) out.set(a.subarray(Math.max(0, y - d) * nc, (Math.max(0, y - d) + 1) * nc), y * nc);
    return out;
  };
  return {
    ...r,
    communityShare: Object.fromEntries(keys.map((k) => [k, move(r.communityShare[k])])) as Record<CoverageKey, Float64Array>,
    communityResidents: r.communityResidents.slice(),
    circles: r.circles.map((c) => ({ ...c, communityShare: move(c.communityShare) })),
  };
}
