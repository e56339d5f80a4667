/**
 * What a draw worker needs for a scenario's Monte Carlo draws, made once where the scenario was run
 * and checked (the engine worker keeps its city, workers/preparedCity.ts): the scenario with its city
 * cut to the districts and without its facilities, the city's flat arrays, the coverage preparation
 * without cells, the rasters of every building delay (coverageSeed.ts) and each delay's facility
 * charges and care network (delayBookings.ts). A draw worker given one receives no community tree (a
 * province's 30,000 communities as objects, 60–80 MB once deserialised, and as much again for the
 * validator's copy), and neither checks, flattens nor prepares anything: each of them did all of
 * that at once on a Monte Carlo run's start, which set the tab's memory high-water mark.
 */
import { buildCells } from '../coverage/cells';
import { prepareCoverage, type PreparedCoverage } from '../coverage/prepare';
import { buildGrid } from '../coverage/tileGrid';
import type { CoverageResult } from '../coverage/types';
import type { Flat } from '../flatten';
import type { Scenario } from '../scenario';
import { coverageSeed, possibleDelays, type CoverageSeed } from './coverageSeed';
import { delayBookings, type DelayBookings } from './delayBookings';

export interface DrawKit {
  /** the scenario with no streets in its districts and no city facilities: a draw reads the city only through flat, prep and bookings */
  scenario: Scenario;
  /** the city's flat arrays without the entities' names: a draw labels nothing */
  flat: Flat;
  /** null when the city has no spatial data */
  prep: PreparedCoverage | null;
  /** the rasters, with prep: a kit's draws never place a cell */
  seed: CoverageSeed | null;
  bookings: DelayBookings;
}

/**
 * flat and prep (with its cells) must be the scenario city's, as a run of it made them; ran, the
 * coverage that run worked out on prep, saves rastering the draws without delay again.
 */
export function drawKit(scenario: Scenario, flat: Flat, prep: PreparedCoverage | null, ran?: CoverageResult | null): DrawKit {
  const { facilities: _facilities, ...city } = scenario.city;
  return {
    scenario: { ...scenario, city: { ...city, districts: city.districts.map((d) => ({ ...d, streets: [] })) } },
    flat: { ...flat, entities: { ...flat.entities, name: [] } },
    prep: prep && withoutCells(scenario, prep),
    seed: prep && coverageSeed(scenario, prep, ran),
    bookings: delayBookings(scenario, flat, prep, possibleDelays(scenario)),
  };
}

/**
 * prepareCoverage(scenario, false) from the scenario's preparation: its arrays without the cells, where
 * reading the city again would make a province's 15 MB of garbage to give the same. A walking network
 * is prepared with the cells' places, so with one the city is read again.
 */
function withoutCells(scenario: Scenario, prep: PreparedCoverage): PreparedCoverage | null {
  if (prep.network) return prepareCoverage(scenario, false);
  const cells = buildCells([], prep.cells.cellSize);
  return { ...prep, cells, ...buildGrid(cells.col, cells.row, cells.cellSize) };
}
