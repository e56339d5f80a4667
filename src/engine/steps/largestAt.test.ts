import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { BUCKETS, bucketOf, largestAt } from './largestAt';

/** Each value's bucket, and the buckets counted, as the caller of largestAt makes them while gathering the values. */
function countedIn(values: Float64Array, floor: number): { counted: Int32Array; bucket: Uint8Array } {
  const counted = new Int32Array(BUCKETS + 1);
  const bucket = Uint8Array.from(values, (v) => bucketOf(v, floor));
  for (const b of bucket) counted[b]++;
  return { counted, bucket };
}

describe('the k-th largest of values within one of each other', () => {
  it('finds the value at a place and counts those larger', () => {
    // Ordered from the largest down: 5.9, 5.5, 5.5, 5.2, 5.05. Place 2 is 5.5, with one value (5.9)
    // above it; place 3 is 5.2, with three above it (5.9, 5.5, 5.5).
    const values = () => Float64Array.of(5.9, 5.2, 5.5, 5.5, 5.05);
    let { counted, bucket } = countedIn(values(), 5);
    expect(largestAt(values(), 5, 2, counted, bucket)).toBe(5.5);
    expect(counted[BUCKETS]).toBe(1);
    ({ counted, bucket } = countedIn(values(), 5));
    expect(largestAt(values(), 5, 3, counted, bucket)).toBe(5.2);
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
      const { counted, bucket } = countedIn(values, floor);
      expect(largestAt(values, m, k, counted, bucket), `seed ${seed}`).toBe(sorted[k]);
      expect(counted[BUCKETS], `seed ${seed}`).toBe(sorted.filter((v) => v > sorted[k]).length);
    }
  });

  it('puts each value above the floor, to one above it, in the bucket its definition gives', () => {
    // bucketOf by its definition: the whole part of (value − floor) × BUCKETS, the last bucket for BUCKETS.
    const r = createRandom(9);
    for (let round = 0; round < 2000; round++) {
      const floor = round % 4 === 0 ? Math.floor(r.next() * 8) - 4 : (r.next() - 0.5) * 10;
      const value = round % 5 === 0 ? floor + 1 : round % 5 === 1 ? floor + Math.ceil(r.next() * 256) / 256 : floor + 1 - r.next();
      if (!(value > floor)) continue;
      const b = bucketOf(value, floor);
      expect(b, `${value} over ${floor}`).toBe(Math.min(BUCKETS - 1, Math.floor((value - floor) * BUCKETS)));
    }
  });
});
