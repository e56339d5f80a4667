/**
 * The results of a range of draws as compact typed arrays, cheap to send from a worker (their buffers
 * transfer), and the merge of several ranges back into one in draw order.
 */
import type { KeySeriesName } from '../keySeries';

export interface DrawChunk {
  /** draw indices [from, to) */
  from: number;
  to: number;
  years: number[];
  targetIds: string[];
  /** inputKey() of each uncertain input, in the scenario's order */
  inputKeys: string[];
  seriesNames: KeySeriesName[];
  /** the value each input took: [draw × inputs] */
  inputs: Float64Array;
  /** 1 when the target is met in its year: [draw × targets] */
  met: Uint8Array;
  /** the target's metric in its year, NaN when it has none: [draw × targets] */
  values: Float64Array;
  /** parallel to seriesNames, each [draw × years] */
  series: Float64Array[];
}

/** The buffers to hand to postMessage's transfer list. */
export function chunkBuffers(c: DrawChunk): ArrayBuffer[] {
  return [c.inputs, c.met, c.values, ...c.series].map((a) => a.buffer as ArrayBuffer);
}

/** One chunk from several, in draw order; they must be contiguous and describe the same scenario. */
export function mergeChunks(chunks: readonly DrawChunk[]): DrawChunk {
  if (chunks.length === 0) throw new RangeError('mergeChunks needs at least one chunk');
  const sorted = [...chunks].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  const shape = (c: DrawChunk) => JSON.stringify([c.years, c.targetIds, c.inputKeys, c.seriesNames]);
  sorted.forEach((c, k) => {
    if (k > 0 && c.from !== sorted[k - 1].to) throw new RangeError(`draws ${sorted[k - 1].to}–${c.from} are missing between chunks`);
    if (shape(c) !== shape(first)) throw new RangeError('chunks come from different scenarios');
  });
  if (sorted.length === 1) return first;
  const join = <T extends Float64Array | Uint8Array>(pick: (c: DrawChunk) => T, make: (n: number) => T): T => {
    const out = make(sorted.reduce((n, c) => n + pick(c).length, 0));
    let at = 0;
    for (const c of sorted) {
      out.set(pick(c), at);
      at += pick(c).length;
    }
    return out;
  };
  return {
    ...first,
    to: sorted[sorted.length - 1].to,
    inputs: join((c) => c.inputs, (n) => new Float64Array(n)),
    met: join((c) => c.met, (n) => new Uint8Array(n)),
    values: join((c) => c.values, (n) => new Float64Array(n)),
    series: first.seriesNames.map((_, s) => join((c) => c.series[s], (n) => new Float64Array(n))),
  };
}
