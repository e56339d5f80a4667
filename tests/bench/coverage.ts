/**
 * The coverage benchmark: 1,000,000 population cells × 5 facility types × 5 years with a few thousand
 * facilities, the engine against
 *   (a) kdbush: an index of each type's open facilities per year, a radius query per populated cell;
 *   (b) turf's nearestPoint for a sample of cells, extrapolated to every cell, type and year;
 *   (c) the floor: one linear pass over the cell arrays per type and year, reading answers already known.
 * All measured in this process; the engine's answers are checked against kdbush's (same arithmetic,
 * so they must agree exactly) and turf's (geodesic, so they may differ in a few cells at the edge).
 */
import { featureCollection, point } from '@turf/helpers';
import { nearestPoint } from '@turf/nearest-point';
import KDBush from 'kdbush';
import { demoScenario } from '../../src/fixtures/demo/demoScenario';
import { generateCity } from '../../src/fixtures/demo/generateCity';
import { cellCentres } from '../../src/engine/coverage/cells';
import { coverage } from '../../src/engine/coverage/coverage';
import { firstCovered } from '../../src/engine/coverage/firstCovered';
import { planeFor } from '../../src/engine/coverage/plane';
import { prepareCoverage, TYPE_CODE, type PreparedCoverage } from '../../src/engine/coverage/prepare';
import { horizonYears } from '../../src/engine/project';
import { LIFE_CIRCLE_TYPES, type Scenario } from '../../src/engine/scenario';
import { COVERAGE_YEARS, coverageCity } from './coverageCity';
import { fmtMB, fmtMs, fmtX, mark, memory, table, time, type Timing } from './measure';

const GOAL = { overKdbush: 5, overFloor: 5, demoMs: 50 };
const FACILITIES_PER_TYPE = 700;
const TURF_SAMPLE = 2000;
const TYPES = LIFE_CIRCLE_TYPES.map((t) => TYPE_CODE[t]);

let sink: unknown;
const keep = (x: unknown) => {
  sink = x;
};

const n = (x: number) => x.toLocaleString('en-US');

/** covered residents [type][year] */
type Totals = number[][];

/** Indices of each type's facilities open by each year: [type][year]. */
function openBy(prep: PreparedCoverage): number[][][] {
  const f = prep.facilities;
  return TYPES.map((t) =>
    COVERAGE_YEARS.map((year) => {
      const ids: number[] = [];
      for (let i = 0; i < f.count; i++) if (f.type[i] === t && f.openingYear[i] <= year) ids.push(i);
      return ids;
    }),
  );
}

/** The engine's raster for the five types, then the city's covered residents per type and year: like for like with the baselines. */
function engineKernel(prep: PreparedCoverage): Totals {
  const first = new Uint8Array(prep.cells.count);
  const scratch = {};
  const { residents } = prep.cells;
  return TYPES.map((t) => {
    firstCovered(prep, t, COVERAGE_YEARS, first, scratch);
    const byYear = new Float64Array(COVERAGE_YEARS.length + 1);
    for (let c = 0; c < first.length; c++) byYear[Math.min(first[c], COVERAGE_YEARS.length)] += residents[c];
    const out: number[] = [];
    let sum = 0;
    for (let y = 0; y < COVERAGE_YEARS.length; y++) out.push((sum += byYear[y]));
    return out;
  });
}

function kdbushBaseline(prep: PreparedCoverage, open: number[][][], cellLimit = prep.cells.count): Totals {
  const { residents } = prep.cells;
  const { x, y } = cellCentres(prep.cells);
  const f = prep.facilities;
  return open.map((byYear) =>
    byYear.map((ids) => {
      if (ids.length === 0) return 0;
      const index = new KDBush(ids.length);
      for (const i of ids) index.add(f.x[i], f.y[i]);
      index.finish();
      let sum = 0;
      for (let c = 0; c < cellLimit; c++) if (index.within(x[c], y[c], prep.reach).length > 0) sum += residents[c];
      return sum;
    }),
  );
}

/** The floor: one pass per type and year over the cells, reading each cell's known answer. */
function floorPass(answers: Uint8Array[], residents: Float32Array | Float64Array): Totals {
  return answers.map((first) =>
    COVERAGE_YEARS.map((_, y) => {
      let sum = 0;
      for (let c = 0; c < first.length; c++) if (first[c] <= y) sum += residents[c];
      return sum;
    }),
  );
}

function turfBaseline(prep: PreparedCoverage, open: number[][][], sample: number[]): { ms: number; covered: boolean[][][] } {
  // The local plane laid on Nanjing's latitude, so turf's geodesic distances see the same city.
  const plane = planeFor('wgs84', [[118.78, 32.04]]);
  const lonLat = (x: number, y: number) => [x / plane.mx + plane.a0, y / plane.my + plane.b0];
  const f = prep.facilities;
  const centres = cellCentres(prep.cells);
  const targets = sample.map((c) => point(lonLat(centres.x[c], centres.y[c])));
  const reachKm = prep.reach / 1000;
  const t0 = performance.now();
  const covered = open.map((byYear) =>
    byYear.map((ids) => {
      const set = featureCollection(ids.map((i) => point(lonLat(f.x[i], f.y[i]))));
      return targets.map((p) => ids.length > 0 && nearestPoint(p, set).properties.distanceToPoint <= reachKm);
    }),
  );
  return { ms: performance.now() - t0, covered };
}

/** One scenario's coverage step as a run takes it: prepare (cells, grid, facilities), then coverage. */
function stepTimes(scenario: Scenario, runs: number): { prepare: Timing; coverage: Timing; total: Timing; cells: number } {
  const years = horizonYears(scenario);
  const prep = prepareCoverage(scenario)!;
  const prepare = time(() => prepareCoverage(scenario), runs, 3, keep);
  const cov = time(() => coverage(prep, years), runs, 3, keep);
  const total = time(() => coverage(prepareCoverage(scenario)!, years), runs, 3, keep);
  return { prepare, coverage: cov, total, cells: prep.cells.count };
}

export function benchCoverage(log: (line: string) => void): void {
  log('\ncoverage: 15-minute life circle');
  const built = memory(() => coverageCity({ facilitiesPerType: FACILITIES_PER_TYPE }));
  const prep = built.result;
  const cells = prep.cells.count;
  const centres = cellCentres(prep.cells);
  const open = openBy(prep);
  log(
    `synthetic city: ${n(cells)} populated cells (${n(prep.nCommunities)} communities), ${n(prep.facilities.count)} facilities of ${TYPES.length} types, ` +
      `${COVERAGE_YEARS.length} years, radius ${prep.reach.toFixed(0)} m, ${n(prep.grid.size)} grid slots; built in memory ${fmtMB(built.memory.retainedMB)}`,
  );

  const full = time(() => coverage(prep, COVERAGE_YEARS), 7, 2, keep);
  const fullMem = memory(() => coverage(prep, COVERAGE_YEARS)).memory;
  const kernel = time(() => engineKernel(prep), 7, 2, keep);
  const mine = engineKernel(prep);
  const answers = TYPES.map((t) => firstCovered(prep, t, COVERAGE_YEARS));
  const floor = time(() => floorPass(answers, prep.cells.residents), 11, 3, keep);

  // kdbush: warm up on 2% of the cells, then one full timed run (it takes seconds).
  kdbushBaseline(prep, open, Math.floor(cells / 50));
  const t0 = performance.now();
  const kd = kdbushBaseline(prep, open);
  const kdMs = performance.now() - t0;
  const kdAgrees = kd.every((row, t) => row.every((v, y) => v === mine[t][y]));

  // turf: a fixed sample of cells, warm-up on a tenth of it, extrapolated to every cell.
  const step = Math.floor(cells / TURF_SAMPLE);
  const sample = Array.from({ length: TURF_SAMPLE }, (_, k) => k * step);
  turfBaseline(prep, open, sample.slice(0, TURF_SAMPLE / 10));
  const turf = turfBaseline(prep, open, sample);
  const turfMs = turf.ms * (cells / TURF_SAMPLE);
  let differ = 0;
  // How far from the circle's edge the cells lie where turf and the engine disagree.
  let edge = 0;
  turf.covered.forEach((byYear, t) =>
    byYear.forEach((flags, y) =>
      flags.forEach((hit, k) => {
        if (hit === answers[t][sample[k]] <= y) return;
        differ++;
        const c = sample[k];
        const d = Math.min(...open[t][y].map((i) => Math.hypot(centres.x[c] - prep.facilities.x[i], centres.y[c] - prep.facilities.y[i])));
        edge = Math.max(edge, Math.abs(d - prep.reach));
      }),
    ),
  );
  const checks = TURF_SAMPLE * TYPES.length * COVERAGE_YEARS.length;

  const single = (ms: number): Timing => ({ median: ms, min: ms, max: ms, runs: 1 });
  const rows: [string, Timing, string][] = [
    ['engine coverage() — full result*', full, fmtMB(fullMem.allocatedMB)],
    ['engine raster + city totals, 5 types (like for like)', kernel, ''],
    ['(a) kdbush within() per cell, index per type-year', single(kdMs), ''],
    [`(b) turf nearestPoint, ${n(TURF_SAMPLE)} cells × ${cells / TURF_SAMPLE} (extrapolated)`, single(turfMs), ''],
    ['(c) floor: one pass per type and year', floor, ''],
  ];
  log(
    table([
      ['case', 'median', 'range', 'runs', 'peak est.'],
      ...rows.map(([name, t, mem]) => [name, fmtMs(t.median), t.runs > 1 ? `${fmtMs(t.min)}–${fmtMs(t.max)}` : '', String(t.runs), mem]),
    ]),
  );
  log(
    '* all seven types (two with no facilities here), the composite of five, per community and district, and the' +
      '\n  uncovered cells; the baselines compute only the city\'s covered residents per type and year.',
  );

  const demo = demoScenario();
  const demoSteps = stepTimes(demo, 21);
  const thousand: Scenario = {
    ...demo,
    city: generateCity({ seed: 2026, districts: 10, streetsPerDistrict: 10, communitiesPerStreet: 10, baseYear: 2025, geometry: true }),
    plan: { ...demo.plan, facilities: [] },
  };
  const thousandSteps = stepTimes(thousand, 21);
  log(
    '\n' +
      table([
        ['coverage step (prepare cells + coverage)', 'cells', 'prepare', 'coverage', 'total', 'total range'],
        ...[
          ['built-in demo, 800 communities', demoSteps],
          ['demo geometry, 1,000 communities', thousandSteps],
        ].map(([name, s]) => {
          const x = s as ReturnType<typeof stepTimes>;
          return [name as string, n(x.cells), fmtMs(x.prepare.median), fmtMs(x.coverage.median), fmtMs(x.total.median), `${fmtMs(x.total.min)}–${fmtMs(x.total.max)}`];
        }),
      ]),
  );

  log('\ncoverage ratios and goals');
  log(
    table([
      ['measure', 'value', 'goal', ''],
      ['kdbush ÷ engine (full result)', fmtX(kdMs / full.median), `≥ ${GOAL.overKdbush}×`, mark(kdMs / full.median >= GOAL.overKdbush)],
      ['kdbush ÷ engine (like for like)', fmtX(kdMs / kernel.median), '', ''],
      ['turf (extrapolated) ÷ engine (full result)', fmtX(turfMs / full.median), '', ''],
      ['engine (full result) ÷ floor', fmtX(full.median / floor.median), `≤ ${GOAL.overFloor}×`, mark(full.median / floor.median <= GOAL.overFloor)],
      ['engine (like for like) ÷ floor', fmtX(kernel.median / floor.median), '', ''],
      ['demo coverage step, 800 communities', fmtMs(demoSteps.total.median), `< ${GOAL.demoMs} ms`, mark(demoSteps.total.median < GOAL.demoMs)],
      ['demo coverage step, 1,000 communities', fmtMs(thousandSteps.total.median), `< ${GOAL.demoMs} ms`, mark(thousandSteps.total.median < GOAL.demoMs)],
    ]),
  );
  log(`\nengine and kdbush agree on covered residents for every type and year: ${mark(kdAgrees)}`);
  log(
    `engine and turf (geodesic, on a sphere) agree on ${n(checks - differ)} of ${n(checks)} sampled cell-type-years; ` +
      `the ${n(differ)} that differ lie within ${edge.toFixed(1)} m of the ${prep.reach.toFixed(0)} m edge`,
  );
  keep(null);
  void sink;
}
