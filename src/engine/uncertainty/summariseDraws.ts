/**
 * What the draws say, for the analysis view: each target's probability of being met by its year and
 * the spread of its value, fan-chart quantiles of the key series per year, the spread of each input
 * and the tornado. Plain data, no typed arrays, so it can be saved, compared and hashed; NaN (null once
 * written as JSON) marks a figure with nothing to summarise.
 */
import { KEY_SERIES_SPEC, type KeySeriesName, type KeySeriesSpec } from '../keySeries';
import type { DrawChunk } from './drawChunk';
import { mergeChunks } from './drawChunk';
import { fanOf, meanFinite, type Fan } from './quantiles';
import { tornado, type TornadoTarget } from './tornado';

export interface TargetOdds {
  targetId: string;
  /** share of draws in which the target is met in its year, in [0, 1] */
  probability: number;
  metDraws: number;
  /** quantiles and mean of the target's value in its year; NaN when no draw has one */
  value: Fan & { mean: number };
}

export interface FanSeries extends KeySeriesSpec {
  name: KeySeriesName;
  /** one entry per year */
  years: (Fan & { mean: number })[];
}

export interface InputSpread {
  input: string;
  value: Fan & { mean: number };
}

export interface DrawSummary {
  draws: number;
  years: number[];
  targets: TargetOdds[];
  fans: FanSeries[];
  inputs: InputSpread[];
  tornado: TornadoTarget[];
}

/** Column j of a [draw × width] array. */
function column(a: ArrayLike<number>, width: number, j: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = a[k * width + j];
  return out;
}

const withMean = (values: Float64Array) => ({ ...fanOf(values), mean: meanFinite(values) });

export function summariseDraws(chunks: readonly DrawChunk[]): DrawSummary {
  const c = mergeChunks(chunks);
  const n = c.to - c.from;
  const nt = c.targetIds.length;
  const ny = c.years.length;
  return {
    draws: n,
    years: [...c.years],
    targets: c.targetIds.map((targetId, t) => {
      let metDraws = 0;
      for (let k = 0; k < n; k++) metDraws += c.met[k * nt + t];
      return { targetId, probability: n === 0 ? 0 : metDraws / n, metDraws, value: withMean(column(c.values, nt, t, n)) };
    }),
    fans: c.seriesNames.map((name, s) => ({
      name,
      ...KEY_SERIES_SPEC[name],
      years: c.years.map((_, y) => withMean(column(c.series[s], ny, y, n))),
    })),
    inputs: c.inputKeys.map((input, i) => ({ input, value: withMean(column(c.inputs, c.inputKeys.length, i, n)) })),
    tornado: tornado(c),
  };
}
