/**
 * Monte Carlo draws [from, to) of a scenario: each draw's inputs, each target's verdict and value, and
 * the key series per year. Pure and deterministic: a draw's figures depend only on the scenario and its
 * index, so any split of the draws among workers, merged in order, gives the same arrays.
 */
import { keySeriesNames, type KeySeriesName } from '../keySeries';
import { horizonYears } from '../project';
import type { Scenario } from '../scenario';
import { sharingDistrictStaffing } from '../staffQuota';
import { createDrawContext, type DrawContext } from './drawContext';
import type { DrawChunk } from './drawChunk';
import { minShareYears, readKeySeries } from './drawSeries';
import { drawInputs } from './drawInputs';
import { inputKey } from './inputs';
import { targetReader, type TargetReader } from './targetReader';

/**
 * ctx: the scenario's draw context (createDrawContext) when the caller keeps one between calls, as a
 * worker does while it is asked for draws of the same scenario; made afresh otherwise.
 */
export function runDraws(
  scenario: Scenario,
  from: number,
  to: number,
  onProgress?: (done: number, total: number) => void,
  ctx: DrawContext = createDrawContext(scenario),
): DrawChunk {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from) {
    throw new RangeError(`runDraws needs whole numbers 0 ≤ from ≤ to, got ${from}, ${to}`);
  }
  const n = to - from;
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  const inputKeys = Array.from(scenario.uncertainty?.inputs ?? [], inputKey);
  const targetIds = Array.from(scenario.targets, (t) => t.id);
  const nt = targetIds.length;
  const years = horizonYears(scenario);
  const ny = years.length;
  // prepareCoverage gives null exactly when the city has no spatial data, and coverage with it.
  const seriesNames = keySeriesNames(scenario.city.spatial !== undefined);
  const series = Array.from(seriesNames, () => new Float64Array(n * ny));
  const inputs = new Float64Array(n * inputKeys.length);
  const met = new Uint8Array(n * nt);
  const values = new Float64Array(n * nt);
  const targets = targetReader(scenario.targets);
  const withMin = minShareYears(scenario.targets, years);
  const sink: Sink = { scenario, ctx, seriesNames, series, ny, withMin, inputs, nInputs: inputKeys.length, targets, met, values, nt, figures: new Map() };
  for (let k = 0; k < n; k++) {
    drawInto(sink, k, from + k);
    onProgress?.(k + 1, n);
  }
  return { from, to, years, targetIds, inputKeys, seriesNames, inputs, met, values, series };
}

/** What drawInto reads and the arrays it writes a draw's figures into. */
interface Sink {
  scenario: Scenario;
  ctx: DrawContext;
  seriesNames: readonly KeySeriesName[];
  series: Float64Array[];
  ny: number;
  withMin: boolean[];
  inputs: Float64Array;
  nInputs: number;
  targets: TargetReader;
  met: Uint8Array;
  values: Float64Array;
  nt: number;
  figures: Map<string, number | null>;
}

/**
 * Draw `draw` of the scenario, written at row k of the sink's arrays. A function of its own, not the
 * body of runDraws's loop: V8 then compiles it once, where a hot loop would be compiled twice, on the
 * stack in the middle of the loop and again for the next call.
 */
function drawInto(s: Sink, k: number, draw: number): void {
  const { ctx, ny, nt } = s;
  const d = drawInputs(s.scenario, draw);
  s.inputs.set(d.values, k * s.nInputs);
  const p = ctx.runOne(d);
  // The staffing targets and the staff gap's key series read the same district totals, and the space
  // targets the arrays of the space gap: counted once a year, in the key series' pass, with the
  // city's coverage figures where the context left them to it.
  sharingDistrictStaffing(() => {
    const weigh = ctx.coverageLeft;
    for (let y = 0; y < ny; y++) readKeySeries(p, y, s.seriesNames, s.series, k * ny + y, { figures: s.figures, withMin: s.withMin[y], weigh });
    s.targets.read(p, s.met, s.values, k * nt, s.figures);
  });
}
