/**
 * The coverage rasters a scenario's Monte Carlo draws read, made where the city's cells are already
 * placed (the engine worker that ran the scenario keeps them, workers/preparedCity.ts) and handed to
 * each draw worker: none of them then places a province's 3.3 million cells again, holds them (120 MB
 * apiece) while it rasters, or rasters the same facilities as the others. A draw worker given a seed
 * prepares its coverage without cells; each draw's figures are the seed's shares reweighed by that
 * draw's residents, which is what the coverage cache does with rasters of its own (coverageCache.ts).
 */
import { coverage, type CoverageScratch } from '../coverage/coverage';
import type { PreparedCoverage } from '../coverage/prepare';
import type { CoverageFigures, CoverageKey, CoverageResult } from '../coverage/types';
import { metricById } from '../metrics';
import { horizonYears } from '../project';
import type { Scenario } from '../scenario';
import { delayed } from './coverageCache';
import { delaysMove, movedBy } from './delayMoves';
import { valueBounds } from './drawInputs';

export interface CoverageSeed {
  years: number[];
  nCommunities: number;
  /** every building delay a draw can have, each with its raster (results, in the same order) */
  delays: number[];
  /** only the shares of the keys the draws read; no figures (each draw reweighs its own) and no cells */
  results: CoverageResult[];
}

/** The coverage keys draws read: all5 for the key series, and the targets'. */
export function drawCoverageKeys(scenario: Scenario): CoverageKey[] {
  const keys = new Set<CoverageKey>(['all5']);
  for (const t of scenario.targets) {
    const key = metricById(t.metric)?.coverageKey;
    if (key) keys.add(key);
  }
  return [...keys];
}

/** Every building delay a draw can bring to the planned openings, in whole years. */
export function possibleDelays(scenario: Scenario): number[] {
  const input = (scenario.uncertainty?.inputs ?? []).filter((i) => i.what === 'buildingDelay').pop();
  if (!input || !scenario.plan.facilities?.length) return [0];
  const [lo, hi] = valueBounds(input);
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

/**
 * Index of the first planned facility in the scenario's preparation (the city's own come first), read
 * from the preparation: a draw kit's scenario carries no city facilities (drawKit.ts).
 */
export const firstPlanned = (scenario: Scenario, prep: PreparedCoverage): number => prep.facilities.count - (scenario.plan.facilities?.length ?? 0);

/**
 * The rasters of every delay a draw of the scenario can have, on its prepared cells. ran: coverage a
 * run already worked out on this very prep for the scenario's years, which serves for no delay (the
 * shares and placed residents do not depend on the residents it was run with); its arrays are copied,
 * since the seed's travel transferred and the run's stay where they are.
 */
export function coverageSeed(scenario: Scenario, prep: PreparedCoverage, ran?: CoverageResult | null): CoverageSeed {
  const years = horizonYears(scenario);
  const keys = drawCoverageKeys(scenario);
  const delays = possibleDelays(scenario);
  const planned = firstPlanned(scenario, prep);
  const reusable = ran && ran.years.length === years.length && ran.years.every((y, k) => y === years[k]) ? ran : null;
  // Every delay's raster is worked out on the same cells, so one set of working rasters serves them all.
  const scratch: CoverageScratch = {};
  const raster = (delay: number): CoverageResult =>
    delay === 0 && reusable ? reusable : coverage(delay === 0 ? prep : delayed(prep, planned, delay), years, undefined, false, keys, scratch)!;
  // A raster is most of a province's kit, which both draw workers wait for: one serves every delay when it can.
  const undelayed = delaysMove(prep, planned, years) ? raster(0) : null;
  const results = delays.map((delay) => {
    const r = undelayed ? (delay === 0 ? undelayed : movedBy(undelayed, delay, keys, prep.nCommunities)) : raster(delay);
    const own = (a: Float64Array) => (r === reusable ? a.slice() : a);
    const communityShare = Object.fromEntries(keys.map((k) => [k, own(r.communityShare[k])])) as Record<CoverageKey, Float64Array>;
    return {
      ...r,
      keys,
      communityShare,
      communityResidents: own(r.communityResidents),
      city: {} as Record<CoverageKey, CoverageFigures>,
      byDistrict: [],
      circles: r.circles.map((c) => ({ ...c, communityShare: own(c.communityShare), byDistrict: [] })),
    };
  });
  return { years, nCommunities: prep.nCommunities, delays, results };
}

/** Was the seed made for this scenario's draws: the same years, communities and delays, every key the draws read? */
export function seedFits(seed: CoverageSeed, scenario: Scenario, nCommunities: number): boolean {
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, k) => v === b[k]);
  return (
    seed.nCommunities === nCommunities &&
    same(seed.years, horizonYears(scenario)) &&
    same(seed.delays, possibleDelays(scenario)) &&
    seed.results.length === seed.delays.length &&
    seed.results.every((r) => drawCoverageKeys(scenario).every((k) => r.communityShare[k]?.length === seed.years.length * nCommunities))
  );
}
