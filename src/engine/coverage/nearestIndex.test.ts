import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNearestIndex, nearest } from './nearestIndex';

describe('nearest', () => {
  it('finds the same point as a scan of all, near the points and far outside them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 })), { minLength: 1, maxLength: 60 }),
        fc.tuple(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -50_000, max: 50_000 })),
        (points, [qx, qy]) => {
          const x = Float64Array.from(points, (p) => p[0]);
          const y = Float64Array.from(points, (p) => p[1]);
          let best = -1;
          let bestD = Infinity;
          points.forEach(([px, py], i) => {
            const d = Math.hypot(px - qx, py - qy);
            if (d < bestD) [best, bestD] = [i, d];
          });
          const hit = nearest(buildNearestIndex(x, y), qx, qy);
          expect(hit.distance).toBeCloseTo(bestD, 9);
          expect(Math.hypot(x[hit.index] - qx, y[hit.index] - qy)).toBeCloseTo(bestD, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers queries tens of kilometres from a small network', () => {
    // A 200-node grid of footpaths over 2 km, and 20,000 queries up to 50 km away: the walk to the grid
    // must not step through every empty ring on the way (this took seconds before).
    const n = 200;
    const x = Float64Array.from({ length: n }, (_, i) => (i % 20) * 100);
    const y = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 20) * 100);
    const index = buildNearestIndex(x, y);
    let found = 0;
    for (let q = 0; q < 20_000; q++) if (nearest(index, 50_000 - q * 5, -40_000 + q * 3).index >= 0) found++;
    expect(found).toBe(20_000);
  });
});
