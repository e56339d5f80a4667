/**
 * A synthetic, seeded city of exactly 1,000,000 populated 100 m cells for the coverage benchmark:
 * towns of different sizes on a 140 × 140 km square, denser at their middles, with a little noise so
 * their edges are ragged; a few thousand facilities of GOV2020-4b's five types placed where people
 * live, three in four open by the base year and the rest opening through the horizon. Nothing here
 * describes a real place; every range is an estimate.
 */
import { cellCentres, type Cells } from '../../src/engine/coverage/cells';
import { DEFAULT_CELL_SIZE, DEFAULT_WALK } from '../../src/engine/coverage/defaults';
import { assemble, TYPE_CODE, type FacilityArrays, type PreparedCoverage } from '../../src/engine/coverage/prepare';
import { planeFor } from '../../src/engine/coverage/plane';
import { createRandom } from '../../src/engine/random';
import { LIFE_CIRCLE_TYPES } from '../../src/engine/scenario';

export const COVERAGE_YEARS = [2026, 2027, 2028, 2029, 2030];
const BASE_YEAR = 2025;
const SIDE = 1400;
const CELLS = 1_000_000;
const TOWNS = 14;
/** communities are 18 × 18-cell blocks (about 3 km², 300 populated cells at most) */
const BLOCK = 18;
const DISTRICTS = 10;

export interface CoverageCityOptions {
  facilitiesPerType: number;
  seed?: number;
}

export function coverageCity({ facilitiesPerType, seed = 20260415 }: CoverageCityOptions): PreparedCoverage {
  const r = createRandom(seed);
  const towns = Array.from({ length: TOWNS }, () => ({
    x: r.uniform(0.1, 0.9) * SIDE,
    y: r.uniform(0.1, 0.9) * SIDE,
    sigma: r.uniform(30, 160),
    weight: r.uniform(0.5, 1),
  }));
  // Score every grid position, keep the million highest: the populated cells.
  const score = new Float64Array(SIDE * SIDE);
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) {
      let s = 0;
      for (const t of towns) s = Math.max(s, t.weight * Math.exp(-((i - t.x) ** 2 + (j - t.y) ** 2) / (2 * t.sigma * t.sigma)));
      score[j * SIDE + i] = s + 0.25 * r.next();
    }
  }
  const threshold = Float64Array.from(score).sort()[SIDE * SIDE - CELLS];
  // Community by community (18 × 18 blocks, row-major), so each community's cells are contiguous, as the engine lays them out.
  const col = new Int32Array(CELLS);
  const row = new Int32Array(CELLS);
  const residents = new Float64Array(CELLS);
  const community = new Int32Array(CELLS);
  const start: number[] = [0];
  const district: number[] = [];
  let n = 0;
  const blocks = Math.ceil(SIDE / BLOCK);
  for (let bj = 0; bj < blocks; bj++) {
    for (let bi = 0; bi < blocks; bi++) {
      const before = n;
      for (let j = bj * BLOCK; j < Math.min(SIDE, (bj + 1) * BLOCK); j++) {
        for (let i = bi * BLOCK; i < Math.min(SIDE, (bi + 1) * BLOCK); i++) {
          const s = score[j * SIDE + i];
          if (s < threshold || n === CELLS) continue;
          col[n] = i;
          row[n] = j;
          // 40–300 residents a cell: 4,000–30,000 per km² (estimate).
          residents[n] = Math.round(40 + 260 * Math.min(1, s));
          community[n] = start.length - 1;
          n++;
        }
      }
      if (n > before) {
        start.push(n);
        district.push(Math.floor((bi * DISTRICTS) / blocks));
      }
    }
  }
  const s = DEFAULT_CELL_SIZE;
  const cells: Cells = {
    count: n,
    cellSize: s,
    col,
    row,
    residents,
    community,
    start: Int32Array.from(start),
  };
  const nc = start.length - 1;
  const byCommunity = new Float64Array(nc);
  for (let c = 0; c < n; c++) byCommunity[community[c]] += residents[c];
  const facilities = placeFacilities(cells, facilitiesPerType, r);
  return assemble({
    plane: planeFor('local', []),
    walk: DEFAULT_WALK,
    cells,
    facilities,
    network: null,
    baseYear: BASE_YEAR,
    nDistricts: DISTRICTS,
    communityDistrict: Int32Array.from(district),
    base: {
      residents: byCommunity,
      households: byCommunity.map((x) => Math.round(x / 2.8)), // persons per household (estimate)
      growth: new Float64Array(nc).fill(0.01),
      dwellings: new Float64Array(nc).fill(Infinity),
    },
    anchors: new Float64Array(2 * nc).fill(NaN),
    rings: [],
  });
}

/** Facilities where people are: each at a random populated cell, up to 50 m off its centre. */
function placeFacilities(cells: Cells, perType: number, r: ReturnType<typeof createRandom>): FacilityArrays {
  const count = perType * LIFE_CIRCLE_TYPES.length;
  const centres = cellCentres(cells);
  const f: FacilityArrays = {
    count,
    id: [],
    x: new Float64Array(count),
    y: new Float64Array(count),
    type: new Uint8Array(count),
    openingYear: new Int32Array(count),
  };
  let k = 0;
  for (const type of LIFE_CIRCLE_TYPES) {
    for (let i = 0; i < perType; i++, k++) {
      const c = r.int(0, cells.count - 1);
      f.id.push(`${type}-${i}`);
      f.x[k] = centres.x[c] + r.uniform(-50, 50);
      f.y[k] = centres.y[c] + r.uniform(-50, 50);
      f.type[k] = TYPE_CODE[type];
      // Three in four open by the base year, the rest through the horizon (estimate).
      f.openingYear[k] = r.next() < 0.75 ? r.int(BASE_YEAR - 30, BASE_YEAR) : r.int(COVERAGE_YEARS[0], COVERAGE_YEARS[COVERAGE_YEARS.length - 1]);
    }
  }
  return f;
}

