/**
 * A fresh run's hires, m² completed and late starts (steps/startsLater.ts), worked in the run's working
 * buffer (runBuffers.ts), which the next run reuses, and kept compact once the run ends: hires a byte
 * each, the m² only where there are any. Each is made whole again on its first read, which a sweep or a
 * goal seek's probes never make. A national run then asks for about 7 MB fewer new bytes (hires 2.5 MB
 * in 32-bit counts, completions 5 MB, five in six of them zero), so that two runs' figures stay under
 * the growth of external memory that sets off V8's full collection, which came every second run.
 */
import { onFirstRead } from './onFirstRead';
import type { Series } from './projection';
import type { StartsLater } from './steps/startsLater';

/** Where a fresh run's figures go once it ends: the bytes kept for the hires, when they are 32-bit counts. */
export interface Compact {
  hireBytes: Uint8Array | null;
}

/**
 * Whether every count is a whole number 0–255, which a byte holds exactly: no bit set above the lowest
 * eight, sign included, in the OR of them all. Eight counts are ORed before each test into the running
 * OR: a mask and an OR per count, each waiting on the last, took about five times as long.
 */
function fitsBytes(a: Int32Array): boolean {
  let all = 0;
  const whole = a.length & ~7;
  for (let i = 0; i < whole; i += 8) all |= a[i] | a[i + 1] | a[i + 2] | a[i + 3] | a[i + 4] | a[i + 5] | a[i + 6] | a[i + 7];
  for (let i = whole; i < a.length; i++) all |= a[i];
  return (all & ~255) === 0;
}

/** The cells of an array that are not zero: a bit a cell, set where one is, and their values in order. */
interface Sparse {
  bits: Uint8Array;
  values: Float64Array;
}

/** The last run's bits, kept for the next: they are copied out once the values are counted. */
let spareBits = new Uint8Array(0);

/**
 * Moves a's cells that are not zero to its front, in order, and sets a bit in bits for each; returns how
 * many. a is a working array, which the next run clears. Counted without a branch (+(v !== 0)): where
 * zeros and others mix, a branch mispredicted cost twice the time. Eight cells at a time, their byte of
 * bits made in a local and stored once: a bit or-ed into memory per cell waited on the store before it,
 * and the eight reads with no branch between them are checked against the array once, not each one;
 * about four times faster on a national run's completions.
 */
function squeeze(a: Float64Array, bits: Uint8Array): number {
  let j = 0;
  const whole = a.length & ~7;
  for (let i = 0; i < whole; i += 8) {
    const v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3], v4 = a[i + 4], v5 = a[i + 5], v6 = a[i + 6], v7 = a[i + 7];
    const k0 = +(v0 !== 0), k1 = +(v1 !== 0), k2 = +(v2 !== 0), k3 = +(v3 !== 0), k4 = +(v4 !== 0), k5 = +(v5 !== 0), k6 = +(v6 !== 0), k7 = +(v7 !== 0);
    bits[i >> 3] = k0 | (k1 << 1) | (k2 << 2) | (k3 << 3) | (k4 << 4) | (k5 << 5) | (k6 << 6) | (k7 << 7);
    a[j] = v0;
    j += k0;
    a[j] = v1;
    j += k1;
    a[j] = v2;
    j += k2;
    a[j] = v3;
    j += k3;
    a[j] = v4;
    j += k4;
    a[j] = v5;
    j += k5;
    a[j] = v6;
    j += k6;
    a[j] = v7;
    j += k7;
  }
  for (let i = whole; i < a.length; i++) {
    const v = a[i];
    a[j] = v;
    const kept = +(v !== 0);
    bits[i >> 3] |= kept << (i & 7);
    j += kept;
  }
  return j;
}

/** Each array's cells that are not zero, all in one new buffer: each new buffer of a run counts towards its next collection. */
function sparse(arrays: Float64Array[]): Sparse[] {
  const sizes = arrays.map((a) => Math.ceil(a.length / 64) * 8);
  const total = sizes.reduce((sum, b) => sum + b, 0);
  if (spareBits.length < total) spareBits = new Uint8Array(total);
  const bits = spareBits.fill(0, 0, total);
  let from = 0;
  const counts = arrays.map((a, k) => {
    const c = squeeze(a, bits.subarray(from, from + sizes[k]));
    from += sizes[k];
    return c;
  });
  const buffer = new ArrayBuffer(counts.reduce((sum, c) => sum + 8 * c, total));
  let at = 0;
  from = 0;
  return arrays.map((a, k) => {
    const values = new Float64Array(buffer, at, counts[k]);
    values.set(a.subarray(0, counts[k]));
    const own = new Uint8Array(buffer, at + values.byteLength, sizes[k]);
    own.set(bits.subarray(from, from + sizes[k]));
    at += values.byteLength + sizes[k];
    from += sizes[k];
    return { bits: own, values };
  });
}

function dense(length: number, { bits, values }: Sparse): Float64Array {
  const out = new Float64Array(length);
  let j = 0;
  for (let i = 0; i < length; i++) if ((bits[i >> 3] & (1 << (i & 7))) !== 0) out[i] = values[j++];
  return out;
}

/**
 * Moves the run's hires, completions and late starts out of its working buffer, before the next run
 * takes it. The m² start at +0 and are only set to m + 0 or added to, and a sum is −0 only when both
 * terms are, so no cell is −0: the zeros left out come back as the same bits.
 */
export function keepCompact(series: Series, later: StartsLater | null, { hireBytes }: Compact): void {
  const [done, late] = sparse(later ? [series.spaceCompleted, later.late] : [series.spaceCompleted]);
  const [cells, lateCells] = [series.spaceCompleted.length, later?.late.length ?? 0];
  onFirstRead(series, 'spaceCompleted', () => dense(cells, done));
  if (later) onFirstRead(later, 'late', () => dense(lateCells, late));
  if (hireBytes === null) return;
  // Hires are 32-bit counts where hireBytes is given (runState.ts createRun).
  const hires = series.hires as Int32Array;
  if (!fitsBytes(hires)) series.hires = hires.slice();
  else {
    hireBytes.set(hires);
    onFirstRead(series, 'hires', () => new Int32Array(hireBytes));
  }
}
