/** The k-th largest of a few thousand numbers within one of each other: where a district's last workers stop (pooledHires.ts). */

/** Buckets the values are counted into; counted arrays hold one more slot, for the count above. */
export const BUCKETS = 256;

/**
 * The value at position k of values[0, m) ordered from the largest down, all of them above a floor and
 * at most floor + 1 (values are overwritten). bucket[j] is values[j]'s bucket of equal width (bucketOf),
 * and counted[0, BUCKETS) how many values fall in each, both made by the caller as it gathers them. A
 * larger value never falls in a lower bucket, so the value sought is in the bucket where the count from
 * the top passes k, at its place among that bucket's few. counted[BUCKETS] is set to how many values
 * are larger than it.
 */
export function largestAt(values: Float64Array, m: number, k: number, counted: Int32Array, bucket: Uint8Array): number {
  let b = BUCKETS - 1;
  let larger = 0;
  for (; larger + counted[b] <= k; b--) larger += counted[b];
  let c = 0;
  for (let j = 0; j < m; j++) if (bucket[j] === b) values[c++] = values[j];
  const level = selectLargest(values, c, k - larger);
  for (let j = 0; j < c; j++) if (values[j] > level) larger++;
  counted[BUCKETS] = larger;
  return level;
}

/**
 * The bucket of a value above floor and at most floor + 1: (value − floor) × BUCKETS is above 0 and, but
 * for rounding, at most BUCKETS, so its whole part is a bucket, BUCKETS itself taken as the last (b >> 8
 * is 1 there, 0 below). Whole-number arithmetic without a branch, for callers that gather without one.
 */
export function bucketOf(value: number, floor: number): number {
  const b = ((value - floor) * BUCKETS) | 0;
  return b - (b >> 8);
}

/** The value at position k of values[0, m) ordered from the largest down (values are reordered). */
export function selectLargest(values: Float64Array, m: number, k: number): number {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const x = values[i];
        values[i++] = values[j];
        values[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}
