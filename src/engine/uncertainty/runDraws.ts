/**
 * Monte Carlo draws [from, to) of a scenario: each draw's inputs, each target's verdict and value, and
 * the key series per year. Pure and deterministic: a draw's figures depend only on the scenario and its
 * index, so any split of the draws among workers, merged in order, gives the same arrays.
 */
import { keySeriesNames } from '../keySeries';
import { horizonYears } from '../project';
import type { Scenario } from '../scenario';
import { sharingDistrictStaffing } from '../staffQuota';
import { createDrawContext, type DrawContext } from './drawContext';
import type { DrawChunk } from './drawChunk';
import { minShareYears, readKeySeries } from './drawSeries';
import { drawInputs } from './drawInputs';
import { inputKey } from './inputs';
import { targetReader } from './targetReader';

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
  const figures = new Map<string, number | null>();
  for (let k = 0; k < n; k++) {
    const draw = drawInputs(scenario, from + k);
    inputs.set(draw.values, k * inputKeys.length);
    const p = ctx.runOne(draw);
    // The staffing targets and the staff gap's key series read the same district totals, and the space
    // targets the arrays of the space gap: counted once a year, in the key series' pass, with the
    // city's coverage figures where the context left them to it.
    sharingDistrictStaffing(() => {
      const weigh = ctx.coverageLeft;
      for (let y = 0; y < ny; y++) readKeySeries(p, y, seriesNames, series, k * ny + y, { figures, withMin: withMin[y], weigh });
      targets.read(p, met, values, k * nt, figures);
    });
    onProgress?.(k + 1, n);
  }
  return { from, to, years, targetIds, inputKeys, seriesNames, inputs, met, values, series };
}
