/** The k-th largest of a few thousand numbers within one of each other: where a district's last workers stop (pooledHires.ts). */

/** Buckets the values are counted into; counted arrays hold one more slot, for the count above. */
export const BUCKETS = 256;

/**
 * The value at position k of values[0, m) ordered from the largest down, all of them above floor and
 * at most floor + 1 (values are overwritten). counted[0, BUCKETS) holds how many of them fall in each
 * bucket of equal width (bucketOf), counted by the caller as it gathers them. A larger value never
 * falls in a lower bucket, so the value sought is in the bucket where the count from the top passes k,
 * at its place among that bucket's few. counted[BUCKETS] is set to how many values are larger than it.
 */
export function largestAt(values: Float64Array, m: number, k: number, floor: number, counted: Int32Array): number {
  let b = BUCKETS - 1;
  let larger = 0;
  for (; larger + counted[b] <= k; b--) larger += counted[b];
  let c = 0;
  for (let j = 0; j < m; j++) if (bucketOf(values[j], floor) === b) values[c++] = values[j];
  const level = selectLargest(values, c, k - larger);
  for (let j = 0; j < c; j++) if (values[j] > level) larger++;
  counted[BUCKETS] = larger;
  return level;
}

export const bucketOf = (value: number, floor: number): number => Math.min(BUCKETS - 1, Math.floor((value - floor) * BUCKETS));

/** The value at position k of values[0, m) ordered from the largest down (values are reordered). */
function selectLargest(values: Float64Array, m: number, k: number): number {
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
