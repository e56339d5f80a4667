/**
 * Coverage across draws without redoing the rasters. Which cells a facility reaches depends only on
 * where facilities are and when they open; a draw changes the opening years only through its building
 * delay, and otherwise only how many residents each community has. So the raster runs once per delay
 * value, and every other draw with that delay reweighs the cached per-community shares by its own
 * residents — the same arithmetic coverage() ends with, so the figures are the same.
 *
 * Its rasters leave out the uncovered cells: draws report shares, never those cells, and at province
 * scale they would be most of a worker's memory (2.5 million uncovered cells, 71 MB, for each delay).
 * Once every delay a draw can have has its raster, the population cells themselves (126 MB at province
 * scale) are let go too; rasters made elsewhere (coverageSeed.ts) spare a cache its cells altogether.
 */
import type { Cells } from '../coverage/cells';
import { coverage, scopeFigures, type CoverageScratch, type ResidentsByYear } from '../coverage/coverage';
import type { PreparedCoverage } from '../coverage/prepare';
import type { CoverageFigures, CoverageKey, CoverageResult } from '../coverage/types';
import { delaysMove, movedBy } from './delayMoves';

export class CoverageCache {
  private byDelay = new Map<number, { prep: PreparedCoverage; result?: CoverageResult }>();
  private cellsGone = false;
  /** the rasters' working arrays, shared by every delay's (all on the same cells) until the cells go */
  private scratch: CoverageScratch = {};
  /** whether the last result given left its city's all5 figures empty (leaveCity) */
  left = false;

  /**
   * base: the scenario's own preparation; planned: index of the first planned facility in it; keys: the
   * coverage keys the draws read (their targets' and all5) — the others are not reweighed, which saves
   * most of the work once the raster is cached; delays: every delay a draw can have.
   */
  constructor(
    private base: PreparedCoverage,
    private readonly planned: number,
    private readonly keys: readonly CoverageKey[],
    private readonly delays: readonly number[],
    /** each delay's raster made elsewhere (coverageSeed.ts), in the order of delays: base then needs no cells */
    seeded?: readonly CoverageResult[],
    /** false when the draws read only the city's figures: reweighed results then have no district's */
    private readonly withDistricts = true,
    /**
     * Where the draws read the city's all5 figures only (no other key, no district, no circle): a
     * cached raster's are then left empty, for the draw's own pass over the year's communities to work
     * out as it reads its key series (drawSeries.ts), and `left` says so.
     */
    private readonly leaveCity = false,
  ) {
    if (!seeded) return;
    delays.forEach((delay, k) => this.byDelay.set(delay, { prep: this.prepFor(delay), result: seeded[k] }));
    this.cellsGone = true;
    this.scratch = {};
  }

  /** The preparation with planned openings delayed by whole years. */
  prepFor(delay: number): PreparedCoverage {
    let entry = this.byDelay.get(delay);
    if (!entry) {
      entry = { prep: delay === 0 ? this.base : delayed(this.base, this.planned, delay) };
      this.byDelay.set(delay, entry);
    }
    return entry.prep;
  }

  /** A function for project()'s Prepared.coverage, for runs whose openings are delayed by `delay`. */
  coverageFor(delay: number): (prep: PreparedCoverage, years: number[], residents: ResidentsByYear) => CoverageResult | null {
    return (prep, years, residents) => {
      const entry = this.byDelay.get(delay);
      this.left = this.leaveCity && entry?.prep === prep && entry.result !== undefined;
      if (this.left) return cityLeft(entry!.result!);
      if (!entry || entry.prep !== prep) return coverage(prep, years, residents);
      if (entry.result) return reweigh(prep, entry.result, residents, this.keys, this.withDistricts);
      if (this.cellsGone) throw new Error(`coverage for a building delay of ${delay} years, after the cells were let go`);
      // Where a delay only moves coverage later (delayMoves.ts), its raster is the undelayed one's, moved.
      const moved = delay > 0 && delaysMove(this.base, this.planned, years) ? movedBy(this.undelayed(years, residents), delay, this.keys, this.base.nCommunities) : null;
      const result = moved ? reweigh(prep, moved, residents, this.keys, this.withDistricts) : coverage(prep, years, residents, false, undefined, this.scratch);
      if (result) entry.result = moved ?? result;
      if (this.delays.every((d) => this.byDelay.get(d)?.result)) this.letCellsGo();
      return result;
    };
  }

  /** The raster of no delay, made first when it has not been. */
  private undelayed(years: number[], residents: ResidentsByYear): CoverageResult {
    if (!this.byDelay.get(0)?.result) this.coverageFor(0)(this.prepFor(0), years, residents);
    return this.byDelay.get(0)!.result!;
  }

  /** Every preparation without its cells, which only the rasters read. */
  private letCellsGo(): void {
    const drop = (p: PreparedCoverage): PreparedCoverage => ({ ...p, cells: noPopulation(p.cells), slot: new Int32Array(0) });
    this.cellsGone = true;
    this.base = drop(this.base);
    for (const entry of this.byDelay.values()) entry.prep = drop(entry.prep);
  }
}

function noPopulation(cells: Cells): Cells {
  const i32 = new Int32Array(0);
  const f64 = new Float64Array(0);
  return { ...cells, count: 0, col: i32, row: i32, residents: f64, community: i32 };
}

/** The preparation with the planned openings (from index `planned` on) delayed by whole years. */
export function delayed(prep: PreparedCoverage, planned: number, delay: number): PreparedCoverage {
  const openingYear = prep.facilities.openingYear.slice();
  for (let f = planned; f < openingYear.length; f++) openingYear[f] += delay;
  return { ...prep, facilities: { ...prep.facilities, openingYear } };
}

/** A cached result with the city's all5 figures empty, to be filled year by year, and no district's or circle's. */
function cityLeft(cached: CoverageResult): CoverageResult {
  const all5: CoverageFigures = { residentShare: [], communityShare: [], coveredResidents: [], residents: [], communities: [], coveredCommunities: [] };
  return { ...cached, city: { all5 } as Record<CoverageKey, CoverageFigures>, byDistrict: [], circles: [] };
}

/**
 * The city's and districts' figures for other residents, from a result's per-community shares; only
 * for the keys asked (all of them by default), the others left out. Service circles are all reweighed.
 * Without districts, only the city's figures: byDistrict is empty, and so is each circle's.
 */
export function reweigh(prep: PreparedCoverage, cached: CoverageResult, residents: ResidentsByYear, keys: readonly CoverageKey[] = cached.keys, withDistricts = true): CoverageResult {
  const ny = cached.years.length;
  const city = {} as Record<CoverageKey, CoverageFigures>;
  const byDistrict = Array.from({ length: withDistricts ? prep.nDistricts : 0 }, () => ({}) as Record<CoverageKey, CoverageFigures>);
  for (const key of keys) {
    const [whole, ...districts] = scopeFigures(prep, ny, cached.communityShare[key], cached.communityResidents, residents, withDistricts);
    city[key] = whole;
    districts.forEach((f, d) => (byDistrict[d][key] = f));
  }
  const circles = cached.circles.map((c) => {
    const [whole, ...districts] = scopeFigures(prep, ny, c.communityShare, cached.communityResidents, residents, withDistricts);
    return { ...c, city: whole, byDistrict: districts };
  });
  return { ...cached, city, byDistrict, circles };
}
