/**
 * Which uncertain inputs move each target most, from the draws already made.
 *
 * For each input, draws are ranked by the value the input took (ties by draw index); the outcome of
 * a target is its value in its year, averaged over the lowest tenth of the draws (the input at or below
 * its 10th percentile) and over the highest tenth (at or above its 90th). The swing is high − low.
 *
 * Why deciles of the draws rather than one-at-a-time runs at p10/p90 with the other inputs at their
 * medians: it needs no runs beyond the draws, so it follows from the chunks however they were split
 * among workers; it averages over the other inputs as they actually vary, so an input that matters only
 * when another is unfavourable (a budget cut when hiring is short) still shows; and it is the same
 * sample the probabilities and fan charts come from. The price is sampling noise: with N draws each
 * mean rests on N/10 of them, so a swing smaller than about 2·sd/√(N/10) of the outcome is not telling.
 * Inputs are drawn independently, so another input does not bias a swing, it only adds noise.
 */
import type { DrawChunk } from './drawChunk';
import { meanFinite, quantileSorted, sortedFinite } from './quantiles';

export interface TornadoBar {
  input: string;
  /** the input's 10th and 90th percentiles over the draws */
  inputLow: number;
  inputHigh: number;
  /** mean of the target's value over the lowest and the highest tenth of the draws by this input; NaN without values */
  valueLow: number;
  valueHigh: number;
  /** valueHigh − valueLow */
  swing: number;
  /** share of those draws that meet the target */
  metLow: number;
  metHigh: number;
}

export interface TornadoTarget {
  targetId: string;
  /** largest |swing| first */
  bars: TornadoBar[];
}

export function tornado(c: DrawChunk): TornadoTarget[] {
  const n = c.to - c.from;
  const ni = c.inputKeys.length;
  const nt = c.targetIds.length;
  const tail = Math.max(1, Math.floor(n / 10));
  const order = c.inputKeys.map((_, i) => {
    const idx = Array.from({ length: n }, (_, k) => k);
    // Draw index breaks ties, so the ranking is the same whichever worker made which draw.
    idx.sort((a, b) => c.inputs[a * ni + i] - c.inputs[b * ni + i] || a - b);
    return idx;
  });
  return c.targetIds.map((targetId, t) => {
    const bars = c.inputKeys.map((input, i): TornadoBar => {
      const sorted = sortedFinite(Float64Array.from({ length: n }, (_, k) => c.inputs[k * ni + i]));
      // An input that took one value in every draw moves nothing; splitting its ties would only show noise.
      const constant = sorted.length > 0 && sorted[0] === sorted[sorted.length - 1];
      const all = order[i];
      const low = constant ? all : all.slice(0, tail);
      const high = constant ? all : all.slice(n - tail);
      const valueLow = meanFinite(low.map((k) => c.values[k * nt + t]));
      const valueHigh = meanFinite(high.map((k) => c.values[k * nt + t]));
      const metShare = (ks: number[]) => ks.reduce((s, k) => s + c.met[k * nt + t], 0) / ks.length;
      return {
        input,
        inputLow: quantileSorted(sorted, 0.1),
        inputHigh: quantileSorted(sorted, 0.9),
        valueLow,
        valueHigh,
        swing: valueHigh - valueLow,
        metLow: n === 0 ? NaN : metShare(low),
        metHigh: n === 0 ? NaN : metShare(high),
      };
    });
    const size = (b: TornadoBar) => (Number.isFinite(b.swing) ? Math.abs(b.swing) : -1);
    bars.sort((a, b) => size(b) - size(a) || (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    return { targetId, bars };
  });
}
