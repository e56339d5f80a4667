/**
 * Everything coverage needs that does not change from year to year, read once from a scenario: the
 * local plane, population cells and their grid, facilities as typed arrays, the walk and, when the city
 * has one, the walking network. Runs, suggestions and the benchmark all start from this.
 */
import { FACILITY_TYPES, type Facility, type FacilityType, type Scenario, type ServiceCircle, type Walk } from '../scenario';
import { buildCells, cellCentres, ringCentroid, type Cells, type CommunityShape } from './cells';
import { DEFAULT_CELL_SIZE, straightReach, walkLimit, walkOf } from './defaults';
import { prepareNetwork, type PreparedNetwork } from './network';
import { pairOf, planeFor, toX, toY, type Plane } from './plane';
import { buildGrid, type TileGrid } from './tileGrid';

export const TYPE_CODE = Object.fromEntries(FACILITY_TYPES.map((t, k) => [t, k])) as Record<FacilityType, number>;

export interface FacilityArrays {
  count: number;
  id: string[];
  /** metres in the local plane */
  x: Float64Array;
  y: Float64Array;
  /** index into FACILITY_TYPES */
  type: Uint8Array;
  openingYear: Int32Array;
}

/** A service circle with its reach worked out like the life circle's, at its own minutes. */
export interface PreparedCircle extends ServiceCircle {
  /** metres: the straight-line radius, or the walk along the network */
  reach: number;
}

export interface PreparedCoverage {
  plane: Plane;
  walk: Required<Walk>;
  /** the scenario's service circles beside the life circle (CASES-wuhai) */
  circles: PreparedCircle[];
  mode: 'straightLine' | 'network';
  /** metres: the straight-line radius, or the walk along the network */
  reach: number;
  /** the straight-line radius, whatever the mode (site suggestions use it) */
  straightReach: number;
  cells: Cells;
  grid: TileGrid;
  /** each cell's slot in the grid */
  slot: Int32Array;
  facilities: FacilityArrays;
  network: PreparedNetwork | null;
  /** the year the scenario's figures describe */
  baseYear: number;
  nCommunities: number;
  nDistricts: number;
  communityDistrict: Int32Array;
  /** base-year figures per community, to grow residents when no projection supplies them */
  base: { residents: Float64Array; households: Float64Array; growth: Float64Array; dwellings: Float64Array };
  /** each community's location (or ring centroid) in the plane, x then y; NaN when it has neither */
  anchors: Float64Array;
  rings: (Float64Array | undefined)[];
}

export function facilitiesOf(scenario: Scenario): Facility[] {
  return [...(scenario.city.facilities ?? []), ...(scenario.plan.facilities ?? [])];
}

/**
 * null when the scenario has no spatial data. withCells false leaves the population cells (and their
 * grid) out: for Monte Carlo draws handed their rasters ready-made (uncertainty/coverageSeed.ts), which
 * then never place a cell; at province scale the cells are 3.3 million, 120 MB.
 */
export function prepareCoverage(scenario: Scenario, withCells = true): PreparedCoverage | null {
  const spatial = scenario.city.spatial;
  if (!spatial) return null;
  const communities = scenario.city.districts.flatMap((d, di) => d.streets.flatMap((s) => s.communities.map((c) => ({ c, di }))));
  const nc = communities.length;
  const points: [number, number][] = [];
  for (const { c } of communities) {
    if (c.location) points.push(pairOf(c.location));
    else if (c.polygon && c.polygon.length > 0) points.push(c.polygon[0]);
  }
  const plane = planeFor(spatial.crs, points);
  const toPlane = ([a, b]: readonly [number, number]): [number, number] => [toX(plane, a), toY(plane, b)];
  const anchors = new Float64Array(2 * nc).fill(NaN);
  const rings: (Float64Array | undefined)[] = [];
  const shapes: CommunityShape[] = communities.map(({ c }, k) => {
    const ring = c.polygon && c.polygon.length >= 3 ? Float64Array.from(c.polygon.flatMap((p) => toPlane(p))) : undefined;
    rings.push(ring);
    const anchor = c.location ? toPlane(pairOf(c.location)) : ring ? ringCentroid(ring) : null;
    if (anchor) [anchors[2 * k], anchors[2 * k + 1]] = anchor;
    return { anchor, area: c.area, ring, residents: c.residents };
  });
  const cellSize = spatial.cellSize ?? DEFAULT_CELL_SIZE;
  const cells = withCells ? buildCells(shapes, cellSize) : buildCells([], cellSize);
  const list = facilitiesOf(scenario);
  const facilities: FacilityArrays = {
    count: list.length,
    id: list.map((f) => f.id),
    x: new Float64Array(list.length),
    y: new Float64Array(list.length),
    type: new Uint8Array(list.length),
    openingYear: new Int32Array(list.length),
  };
  list.forEach((f, k) => {
    [facilities.x[k], facilities.y[k]] = toPlane(pairOf(f.location));
    facilities.type[k] = TYPE_CODE[f.type];
    facilities.openingYear[k] = f.openingYear;
  });
  const f64 = (get: (c: (typeof communities)[number]['c']) => number) => Float64Array.from(communities, ({ c }) => get(c));
  const base = {
    residents: f64((c) => c.residents),
    households: f64((c) => c.households),
    growth: f64((c) => c.growth),
    dwellings: f64((c) => c.dwellings ?? Infinity),
  };
  const walk = walkOf(spatial);
  const wn = scenario.city.walkingNetwork;
  let network: PreparedNetwork | null = null;
  if (wn) {
    const nx = Float64Array.from(wn.nodes, (p) => toX(plane, p[0]));
    const ny = Float64Array.from(wn.nodes, (p) => toY(plane, p[1]));
    network = prepareNetwork(nx, ny, wn.edges, cellCentres(cells), facilities);
  }
  return assemble({
    plane,
    walk,
    cells,
    facilities,
    network,
    baseYear: scenario.horizon.baseYear,
    nDistricts: scenario.city.districts.length,
    communityDistrict: Int32Array.from(communities, ({ di }) => di),
    base,
    anchors,
    rings,
    serviceCircles: spatial.serviceCircles,
  });
}

export type CoverageParts = Omit<PreparedCoverage, 'mode' | 'reach' | 'straightReach' | 'grid' | 'slot' | 'nCommunities' | 'circles'> & { serviceCircles?: ServiceCircle[] };

/** The rest follows from the parts: the grid from the cells, the reach from the walk and the mode (each service circle's from its own minutes). */
export function assemble({ serviceCircles = [], ...parts }: CoverageParts): PreparedCoverage {
  const { grid, slot } = buildGrid(parts.cells.col, parts.cells.row, parts.cells.cellSize);
  const mode = parts.network ? 'network' : 'straightLine';
  const reachOf = (walk: Required<Walk>) => (mode === 'network' ? walkLimit(walk) : straightReach(walk));
  return {
    ...parts,
    mode,
    circles: serviceCircles.map((c) => ({ ...c, reach: reachOf({ ...parts.walk, minutes: c.minutes }) })),
    reach: reachOf(parts.walk),
    straightReach: straightReach(parts.walk),
    grid,
    slot,
    nCommunities: parts.communityDistrict.length,
  };
}
