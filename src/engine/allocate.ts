import { CHUNK } from './chunk';

/**
 * Share a whole number of units among claimants in proportion to their claims, in one pass.
 * Running sums are rounded down, so the shares add up to exactly ⌊total⌋ and no one gets more than
 * they asked for (systematic rounding; order is the claimants' order, which keeps it deterministic).
 * Only the claimants listed in places (by index, in index order) are read and written: the others
 * claim 0, which moves no running sum and gets 0, so out must hold 0 for them already.
 * sum, when the caller has it, is the listed claims' sum in index order. out may be a run's hires in
 * 32-bit integers: its claims are then whole numbers (wholeCounts.ts), copied exactly.
 */
export function allocateWhole(claims: Float64Array, places: Int32Array, total: number, out: Float64Array | Int32Array, sum = sumAt(claims, places)): void {
  if (total >= sum) {
    for (let j = 0; j < places.length; j++) out[places[j]] = claims[places[j]];
    return;
  }
  const f = total / sum;
  // running, given: carried from one chunk of places to the next (chunk.ts)
  const acc = new Float64Array(2);
  for (let j = 0; j < places.length; j += CHUNK) shareOut(claims, places, j, Math.min(places.length, j + CHUNK), f, out, acc);
}

/** allocateWhole's shares for places[from, to), the running share and what was given taken from acc and put back. */
function shareOut(claims: Float64Array, places: Int32Array, from: number, to: number, f: number, out: Float64Array | Int32Array, acc: Float64Array): void {
  let running = acc[0];
  let given = acc[1];
  for (let j = from; j < to; j++) {
    const i = places[j];
    running += claims[i] * f;
    // A tiny epsilon keeps 2.9999999 from rounding down when the exact share is 3.
    const upTo = Math.floor(running + 1e-9);
    out[i] = upTo - given;
    given = upTo;
  }
  acc[0] = running;
  acc[1] = given;
}

/** The claims listed in places added up in their order. */
function sumAt(claims: Float64Array, places: Int32Array): number {
  const sum = new Float64Array(1);
  for (let j = 0; j < places.length; j += CHUNK) sumOfChunk(claims, places, j, Math.min(places.length, j + CHUNK), sum);
  return sum[0];
}

function sumOfChunk(claims: Float64Array, places: Int32Array, from: number, to: number, sum: Float64Array): void {
  let s = sum[0];
  for (let j = from; j < to; j++) s += claims[places[j]];
  sum[0] = s;
}

/**
 * Share a divisible quantity (m², yuan) in proportion to claims; never more than claimed. Only the
 * claimants listed in places (by index) are read and written: a claim of 0 adds nothing to the sum
 * and gets nothing, so leaving those out changes no figure.
 */
export function allocateShare(claims: Float64Array, places: Int32Array, total: number, out: Float64Array): Float64Array {
  // The sum carried round the loop in a typed array (see payCosts in steps/recurringCosts.ts).
  const sum = new Float64Array(1);
  for (let j = 0; j < places.length; j++) sum[0] += claims[places[j]];
  const f = sum[0] <= total ? 1 : total / sum[0];
  for (let j = 0; j < places.length; j++) out[places[j]] = claims[places[j]] * f;
  return out;
}

/** The claims added up in index order. */
export function sumOf(claims: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < claims.length; i++) sum += claims[i];
  return sum;
}
