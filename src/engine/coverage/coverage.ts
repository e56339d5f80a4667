/**
 * Life-circle coverage for every horizon year and facility type: the share of residents whose walk to
 * the nearest open facility (existing or planned, opening year ≤ the year) is within reach, the same
 * for all five GOV2020-4b types at once, per community, per district and for the city, and the cells
 * still missing a type in the last year. Pure: the same inputs give the same arrays, in a worker or
 * in Node.
 *
 * Each type costs one raster and one pass over the cells whatever the number of years (firstCovered.ts);
 * the passes sum residents by the year each cell is first reached, and a running sum over years gives
 * every year at once. A community counts as covered when COMMUNITY_COVERED_SHARE of its residents are
 * (defaults.ts); cells carry a community's residents scaled by its growth since the base year. Service
 * circles with walking times of their own are measured on the same cells (serviceCircles.ts).
 */
import { round } from '../round';
import { householdsAfter } from '../steps/population';
import { FACILITY_TYPES, LIFE_CIRCLE_TYPES, type Scenario } from '../scenario';
import { scaleOf } from './cells';
import { centreOf } from './tileGrid';
import { COMMUNITY_COVERED_SHARE } from './defaults';
import { firstCovered, type Scratch } from './firstCovered';
import { prepareCoverage, TYPE_CODE, type PreparedCoverage } from './prepare';
import { circleCoverage } from './serviceCircles';
import type { CoverageFigures, CoverageKey, CoverageResult, UncoveredCells } from './types';
import type { Counts } from '../projection';

export const COVERAGE_KEYS: readonly CoverageKey[] = [...FACILITY_TYPES, 'all5'];
const ALL5 = FACILITY_TYPES.length;
const LIFE_CODES = LIFE_CIRCLE_TYPES.map((t) => TYPE_CODE[t]);

/** Residents per community per year from a projection: values[y × stride + c]. */
export interface ResidentsByYear {
  values: Counts;
  stride: number;
}

/**
 * null when the scenario has no spatial data. withCells false leaves the uncovered cells out, for callers
 * that read only figures (Monte Carlo draws): at province scale they are millions of cells. only: the
 * keys whose per-community shares are wanted, with no figures worked out (city and districts empty),
 * for a Monte Carlo seed that reweighs its own: a province's other keys are 15 MB made only to be dropped.
 * scratch: working rasters a caller that works out coverage again and again on one prep (a seed, once
 * per delay) keeps between calls; none of them is in the result.
 */
export function coverage(
  input: Scenario | PreparedCoverage,
  years: readonly number[],
  residents?: ResidentsByYear,
  withCells = true,
  only?: readonly CoverageKey[],
  scratch: CoverageScratch = {},
): CoverageResult | null {
  const prep = 'schemaVersion' in input ? prepareCoverage(input) : input;
  if (!prep) return null;
  const nc = prep.nCommunities;
  const ny = years.length;
  const { cells } = prep;
  const n = cells.count;
  const resident = residents ?? grownResidents(prep, years);
  const keys = only ? COVERAGE_KEYS.filter((k) => only.includes(k)) : COVERAGE_KEYS;
  // first covered year per key, summed by community: hist[k][f × nc + c] = base residents first covered
  // in year f. Keys not asked for sum into one spare array, so the passes stay the same.
  const spare = keys.length < COVERAGE_KEYS.length ? new Float64Array(ny * nc) : null;
  const hist = COVERAGE_KEYS.map((k) => (keys.includes(k) ? new Float64Array(ny * nc) : spare!));
  // firstCovered writes every cell of first; allFirst is a running maximum, so it starts at 0.
  const first = (scratch.first = sized(scratch.first, n));
  const allFirst = (scratch.allFirst = sized(scratch.allFirst, n).fill(0));
  // which types each cell still misses: read only for the uncovered cells
  const missing = withCells ? new Uint8Array(n) : null;
  const { community, residents: res } = cells;
  const hAll = hist[ALL5];
  const lastLife = Math.max(...LIFE_CODES);
  for (let t = 0; t < FACILITY_TYPES.length; t++) {
    firstCovered(prep, t, years, first, scratch);
    const h = hist[t];
    const bit = 1 << t;
    if (!LIFE_CODES.includes(t)) {
      for (let c = 0; c < n; c++) {
        const f = first[c];
        if (f < ny) h[f * nc + community[c]] += res[c];
        else if (missing) missing[c] |= bit;
      }
      continue;
    }
    // The composite's first year is the latest of the five; once the last of them is read, it is known.
    const closing = t === lastLife;
    for (let c = 0; c < n; c++) {
      const f = first[c];
      if (f < ny) h[f * nc + community[c]] += res[c];
      else if (missing) missing[c] |= bit;
      const a = f > allFirst[c] ? f : allFirst[c];
      allFirst[c] = a;
      if (closing && a < ny) hAll[a * nc + community[c]] += res[c];
    }
  }
  const placed = new Float64Array(nc);
  for (let c = 0; c < n; c++) placed[community[c]] += res[c];
  const communityShare = {} as Record<CoverageKey, Float64Array>;
  const city = {} as Record<CoverageKey, CoverageFigures>;
  const byDistrict = Array.from({ length: only ? 0 : prep.nDistricts }, () => ({}) as Record<CoverageKey, CoverageFigures>);
  for (const key of keys) {
    // A running sum over years turns "first covered in year f" into "covered in year y"; the sums then
    // become shares in place, their last reader.
    const share = hist[COVERAGE_KEYS.indexOf(key)];
    for (let y = 1; y < ny; y++) for (let c = 0; c < nc; c++) share[y * nc + c] += share[(y - 1) * nc + c];
    for (let i = 0; i < ny * nc; i++) {
      const p = placed[i % nc];
      share[i] = p > 0 ? share[i] / p : NaN;
    }
    communityShare[key] = share;
    if (only) continue;
    const [whole, ...districts] = scopeFigures(prep, ny, share, placed, resident);
    city[key] = whole;
    districts.forEach((f, d) => (byDistrict[d][key] = f));
  }
  return {
    mode: prep.mode,
    walk: prep.walk,
    cellSize: cells.cellSize,
    reach: prep.reach,
    years: [...years],
    keys,
    cells: n,
    city,
    byDistrict,
    communityResidents: placed,
    communityShare,
    uncovered: missing ? uncoveredCells(prep, years, missing, resident) : noCells(years[ny - 1], prep.plane.crs),
    circles: prep.circles.map((circle) => circleCoverage(prep, circle, years, placed, resident, scratch, scopeFigures)),
  };
}

/** coverage()'s per-cell rasters, kept by a caller between calls on one prep. */
export interface CoverageScratch extends Scratch {
  first?: Uint8Array<ArrayBuffer>;
  allFirst?: Uint8Array<ArrayBuffer>;
}

function sized(kept: Uint8Array<ArrayBuffer> | undefined, n: number): Uint8Array<ArrayBuffer> {
  return kept && kept.length === n ? kept : new Uint8Array(n);
}

/**
 * The city's figures, then each district's, from one pass over the communities per year. Exported so
 * that Monte Carlo draws can reweigh a cached raster by each draw's residents (uncertainty/coverageCache.ts).
 */
export function scopeFigures(prep: PreparedCoverage, ny: number, share: Float64Array, placed: Float64Array, r: ResidentsByYear, withDistricts = true): CoverageFigures[] {
  const nc = prep.nCommunities;
  const scopes = withDistricts ? prep.nDistricts + 1 : 1;
  const out: CoverageFigures[] = Array.from({ length: scopes }, () => ({
    residentShare: [],
    communityShare: [],
    coveredResidents: [],
    residents: [],
    communities: [],
    coveredCommunities: [],
  }));
  const total = new Float64Array(scopes);
  const covered = new Float64Array(scopes);
  const communities = new Float64Array(scopes);
  const good = new Float64Array(scopes);
  for (let y = 0; y < ny; y++) {
    total.fill(0);
    covered.fill(0);
    communities.fill(0);
    good.fill(0);
    yearFigures(nc, y * r.stride, y * nc, r.values, share, placed, withDistricts ? prep.communityDistrict : null, total, covered, communities, good);
    out.forEach((f, k) => {
      f.residents.push(total[k]);
      f.coveredResidents.push(covered[k]);
      f.residentShare.push(total[k] > 0 ? covered[k] / total[k] : null);
      f.communities.push(communities[k]);
      f.coveredCommunities.push(good[k]);
      f.communityShare.push(communities[k] > 0 ? good[k] / communities[k] : null);
    });
  }
  return out;
}

/**
 * One year's sums for scopeFigures (the city at 0, district d at d + 1, none without districtOf): a loop
 * of its own, reading only the arrays it is passed (see payCosts in steps/recurringCosts.ts).
 */
function yearFigures(
  nc: number,
  at: number,
  shareAt: number,
  values: Counts,
  share: Float64Array,
  placed: Float64Array,
  districtOf: Int32Array | null,
  total: Float64Array,
  covered: Float64Array,
  communities: Float64Array,
  good: Float64Array,
): void {
  for (let c = 0; c < nc; c++) {
    const people = values[at + c];
    // Every community's residents count, a new estate's before its committee is set up too: they need
    // the services all the same. Residents of a community with no cells cannot be placed, so they
    // count in neither total.
    if (placed[c] <= 0 || people <= 0) continue;
    const s = share[shareAt + c];
    const counts = coveredBit(s);
    total[0] += people;
    covered[0] += people * s;
    communities[0]++;
    good[0] += counts;
    if (districtOf === null) continue;
    const d = districtOf[c] + 1;
    total[d] += people;
    covered[d] += people * s;
    communities[d]++;
    good[d] += counts;
  }
}

/**
 * 1 where a community with this share of its residents covered counts as covered, else 0. A hair of
 * tolerance, so 0.9 computed as 0.8999999999 still counts. Counted without a branch, which would be
 * guessed wrong wherever covered and uncovered communities lie mixed.
 */
export const coveredBit = (share: number): number => +(share >= COMMUNITY_COVERED_SHARE - 1e-12);

/** Residents grown with households exactly as the projection grows them (steps/population.ts). */
export function grownResidents(prep: PreparedCoverage, years: readonly number[]): ResidentsByYear {
  const nc = prep.nCommunities;
  const { residents, households, growth, dwellings } = prep.base;
  const values = new Float64Array(years.length * nc);
  years.forEach((year, y) => {
    for (let c = 0; c < nc; c++) {
      const h = householdsAfter(households[c], growth[c], dwellings[c], year - prep.baseYear);
      values[y * nc + c] = households[c] > 0 ? round((residents[c] * h) / households[c]) : residents[c];
    }
  });
  return { values, stride: nc };
}

export function noCells(year: number, crs: UncoveredCells['crs']): UncoveredCells {
  const none = new Float64Array(0);
  return { year, count: 0, crs, x: none, y: none, residents: none, community: new Int32Array(0), missing: new Uint8Array(0) };
}

function uncoveredCells(prep: PreparedCoverage, years: readonly number[], missing: Uint8Array, r: ResidentsByYear): UncoveredCells {
  const { cells, plane } = prep;
  const y = years.length - 1;
  let count = 0;
  for (let c = 0; c < cells.count; c++) if (missing[c] !== 0 && cells.residents[c] > 0) count++;
  const out: UncoveredCells = {
    year: years[y],
    count,
    crs: plane.crs,
    x: new Float64Array(count),
    y: new Float64Array(count),
    residents: new Float64Array(count),
    community: new Int32Array(count),
    missing: new Uint8Array(count),
  };
  const scale = new Float64Array(prep.nCommunities);
  for (let c = 0; c < prep.nCommunities; c++) scale[c] = scaleOf(prep.base.residents[c], r.values[y * r.stride + c]);
  // Back to the crs as fromPlane does, inlined: this runs once per uncovered cell.
  const { a0, b0, mx, my } = plane;
  let k = 0;
  for (let c = 0; c < cells.count; c++) {
    if (missing[c] === 0 || cells.residents[c] <= 0) continue;
    const com = cells.community[c];
    out.x[k] = centreOf(cells.col[c], cells.cellSize) / mx + a0;
    out.y[k] = centreOf(cells.row[c], cells.cellSize) / my + b0;
    out.residents[k] = cells.residents[c] * scale[com];
    out.community[k] = com;
    out.missing[k++] = missing[c];
  }
  return out;
}
