/** The first workers of a district quota's one-at-a-time placement (pooledHires.ts), placed at once. */

/**
 * The first workers of the one-at-a-time placement, placed at once, among the members whose deficits are
 * deficit[0, size). A member's places are its deficit,
 * then that less one for each worker it has taken; every place above a level h comes before every place
 * at or below it, so when there are no more places above h than workers missing, each of them is taken
 * one at a time as well, whatever the order. h is the water level t that the missing workers would
 * fill, Σ max(0, deficit − t) = missing, plus one: a member has at most deficit − t places above t + 1,
 * so they are no more than the workers missing; and every member above t is left within one of the
 * largest deficit, so the rest take one place each (placeOneEach). t is found by filling: the level the
 * members above the last level would fill, until no member drops out. Each member's deficit, lowered
 * as the heap lowers it (lowerTo), goes to work.lowered and the workers it took to work.taken, by
 * position; should they come to more than the workers missing (rounding in the level), none is placed
 * here. Returns how many were placed; when any were, work.top[0] is the largest lowered deficit.
 */
export function placeAbove(
  deficit: Float64Array,
  size: number,
  total: number,
  missing: number,
  work: { lowered: Float64Array; taken: Int32Array; candidates: Float64Array; top: Float64Array },
): number {
  const above = work.candidates;
  let level = (total - missing) / size;
  let count = 0;
  let sum = 0;
  // Without branches: each deficit is written at the next place and kept if above the level; one not
  // kept adds ±0, which leaves the sum, begun at +0, as it was (deficits are finite).
  for (let k = 0; k < size; k++) {
    const d = deficit[k];
    const a = +(d > level);
    above[count] = d;
    count += a;
    sum += d * a;
  }
  for (let rounds = 0; rounds < 64 && count > 0; rounds++) {
    const next = (sum - missing) / count;
    if (!(next > level)) break;
    level = next;
    let kept = 0;
    sum = 0;
    for (let j = 0; j < count; j++) {
      if (above[j] > level) {
        above[kept++] = above[j];
        sum += above[j];
      }
    }
    if (kept === count) break;
    count = kept;
  }
  const placed = lowerTo(deficit, size, level + 1, work);
  return placed > missing ? 0 : placed;
}

/**
 * Every deficit of deficit[0, size) above hi lowered by one at a time until it is at most hi, as the heap lowers it: into
 * lowered, the workers taken into taken, by position; returns how many workers that is, the largest
 * lowered deficit in work.top[0]. With hi ≥ 0 this needs no steps: x − j is exact for whole j up to x
 * (below 2^53), and any x − j below 0 is at most hi before and after rounding, so stepping stops at
 * the least k with x − k ≤ hi, ⌈x − hi⌉, each step but the last exact and the last x − k rounded once.
 * ⌈x − hi⌉ worked out in doubles is never above k (k is a double at or above x − hi), and where it
 * falls short, x − t is exact and above hi: that member is stepped. Below 0 a step before the last can
 * round (2^−52 − 1 − 1 is −2, 2^−52 − 2 is not), so every member is stepped.
 * Without a guessed branch: about half the members are lowered, in no order a predictor follows.
 */
export function lowerTo(deficit: Float64Array, size: number, hi: number, work: { lowered: Float64Array; taken: Int32Array; top: Float64Array }): number {
  const { lowered, taken } = work;
  const stepped = +!(hi >= 0);
  let placed = 0;
  let top = -Infinity;
  for (let k = 0; k < size; k++) {
    const x = deficit[k];
    // ⌈x − hi⌉, at least 0, in whole-number arithmetic (| 0 takes a NaN deficit as 0 steps, as stepping does)
    const c = Math.ceil(x - hi) | 0;
    let t = c & ~(c >> 31);
    let v = x - t;
    if ((stepped | +(v > hi)) !== 0) for (t = 0, v = x; v > hi; v--) t++;
    lowered[k] = v;
    taken[k] = t;
    placed += t;
    top = Math.max(top, v);
  }
  work.top[0] = top;
  return placed;
}
