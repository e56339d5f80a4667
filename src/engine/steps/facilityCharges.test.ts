import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedCoverage } from '../coverage/prepare';
import type { Flat } from '../flatten';
import { bookedTo } from './facilityCharges';

/** The search as it reads plainly: Math.hypot to every anchor, the first of equals kept. */
function reference(anchors: Float64Array, x: number, y: number): number {
  let nearest = -1;
  let best = Infinity;
  for (let c = 0; c < anchors.length / 2; c++) {
    const d = Math.hypot(anchors[2 * c] - x, anchors[2 * c + 1] - y);
    if (d < best) [best, nearest] = [d, c];
  }
  return nearest;
}

describe('bookedTo', () => {
  it('books to the district of the anchor Math.hypot finds nearest, the first of equals, on grids full of ties', () => {
    // anchors on a coarse grid, some unplaced (NaN), and points on it or half-way: many anchors lie at
    // exactly the same distance, and sub-metre offsets make distances a few ulps apart
    const coord = fc.oneof(fc.integer({ min: -4, max: 4 }).map((v) => v * 250), fc.double({ min: -1000, max: 1000, noNaN: true }));
    const anchor = fc.oneof({ weight: 9, arbitrary: fc.tuple(coord, coord) }, { weight: 1, arbitrary: fc.constant([NaN, NaN] as [number, number]) });
    const point = fc.tuple(fc.integer({ min: -8, max: 8 }).map((v) => v * 125), fc.integer({ min: -8, max: 8 }).map((v) => v * 125), fc.double({ min: 0, max: 1e-9, noNaN: true }));
    fc.assert(
      fc.property(fc.array(anchor, { minLength: 1, maxLength: 40 }), point, (list, [x, y, jitter]) => {
        const nc = list.length;
        const anchors = Float64Array.from(list.flat());
        const prep = { nCommunities: nc, anchors, rings: [] } as unknown as PreparedCoverage;
        // district c for community c, so the district booked names the community found; 2 streets before them
        const flat = { nCommunities: nc, nStreets: 2, entities: { district: Int32Array.from({ length: nc }, (_, c) => c) } } as unknown as Flat;
        const want = reference(anchors, x + jitter, y);
        expect(bookedTo(prep, flat, x + jitter, y)).toBe(want < 0 ? null : nc + 2 + want);
      }),
      { numRuns: 2000 },
    );
  });

  it('books to a community whose boundary holds the point before any nearer anchor', () => {
    // community 1's square 0..10 holds (5, 5); community 0's anchor sits on the point itself
    const prep = { nCommunities: 2, anchors: Float64Array.of(5, 5, 100, 100), rings: [undefined, Float64Array.of(0, 0, 10, 0, 10, 10, 0, 10)] } as unknown as PreparedCoverage;
    const flat = { nCommunities: 2, nStreets: 0, entities: { district: Int32Array.of(0, 0) } } as unknown as Flat;
    expect(bookedTo(prep, flat, 5, 5)).toBe(1);
  });
});
