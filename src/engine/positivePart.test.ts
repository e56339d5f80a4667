/**
 * positivePart is Math.max(0, g) to the bit wherever the engine takes it: at the edges of the floats
 * (±0, subnormals, NaN, +∞, the largest g whose double does not overflow) and over the gaps bounded
 * figures can make. The two inputs where it is not, −∞ and g past 8.9e307, are shown to differ, so
 * the test would notice a form that claims more; figures that checked files allow cannot reach them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positivePart } from './positivePart';

const same = (g: number) => Object.is(positivePart(g), Math.max(0, g));

describe('the positive part', () => {
  it('is Math.max(0, g) to the bit at the edges', () => {
    const edges = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.225073858507201e-308, 0.1 + 0.2, -(0.1 + 0.2), 1e7, -1e7, 2 ** 53 + 1, 2 ** 53 + 2, -(2 ** 53 + 2), 1e300, -1e300, 8.98e307, -1e308, -Number.MAX_VALUE, NaN, Infinity];
    for (const g of edges) expect(same(g), String(g)).toBe(true);
    // −0 gives +0, as Math.max does: (−0 + 0) × 0.5 is +0.
    expect(Object.is(positivePart(-0), 0)).toBe(true);
  });

  it('is Math.max(0, g) to the bit for every double from −8.9e307 to 8.9e307, and for differences of bounded figures', () => {
    fc.assert(fc.property(fc.double({ min: -8.9e307, max: 8.9e307 }), same), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: -2e7, max: 2e7 }), same), { numRuns: 20000 });
    // staff need less staff and committee, floor space aim less space and pending starts
    fc.assert(fc.property(fc.double({ min: 0, max: 1e7 }), fc.double({ min: 0, max: 1e7 }), fc.double({ min: 0, max: 1e7 }), (a, b, c) => same(a - b - c)));
  });

  it('differs only where no gap can go: −∞ and past 8.9e307, far above any staff or floor-space gap (io/fieldBounds.test.ts bounds their figures)', () => {
    // −∞ + ∞ is NaN; 2 × 1e308 overflows to ∞.
    expect(same(-Infinity)).toBe(false);
    expect(same(1e308)).toBe(false);
  });
});
