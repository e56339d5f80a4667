import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { BUCKETS, bucketOf, largestAt } from './largestAt';

/** Buckets counted as the caller of largestAt counts them while gathering the values. */
function countedIn(values: Float64Array, floor: number): Int32Array {
  const counted = new Int32Array(BUCKETS + 1);
  for (const v of values) counted[bucketOf(v, floor)]++;
  return counted;
}

describe('the k-th largest of values within one of each other', () => {
  it('finds the value at a place and counts those larger', () => {
    // Ordered from the largest down: 5.9, 5.5, 5.5, 5.2, 5.05. Place 2 is 5.5, with one value (5.9)
    // above it; place 3 is 5.2, with three above it (5.9, 5.5, 5.5).
    const values = () => Float64Array.of(5.9, 5.2, 5.5, 5.5, 5.05);
    let counted = countedIn(values(), 5);
    expect(largestAt(values(), 5, 2, 5, counted)).toBe(5.5);
    expect(counted[BUCKETS]).toBe(1);
    counted = countedIn(values(), 5);
    expect(largestAt(values(), 5, 3, 5, counted)).toBe(5.2);
    expect(counted[BUCKETS]).toBe(3);
  });

  it('agrees with sorting, with ties and with values closer than a bucket', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = createRandom(seed);
      const m = 1 + Math.floor(r.next() * 300);
      const floor = r.next() * 10 - 5;
      // Quarter steps tie often; a spread of 1e-4 puts most values in one bucket.
      const spread = seed % 3 === 0 ? 1e-4 : 1;
      const values = Float64Array.from({ length: m }, () => floor + (seed % 2 ? Math.ceil(r.next() * 4) / 4 : spread * (1 - r.next())));
      const sorted = [...values].sort((a, b) => b - a);
      const k = Math.floor(r.next() * m);
      const counted = countedIn(values, floor);
      expect(largestAt(values, m, k, floor, counted), `seed ${seed}`).toBe(sorted[k]);
      expect(counted[BUCKETS], `seed ${seed}`).toBe(sorted.filter((v) => v > sorted[k]).length);
    }
  });
});
