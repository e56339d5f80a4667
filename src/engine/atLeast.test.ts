/**
 * atLeast is Math.max(m, x) to the bit wherever the engine takes it: at the edges of the floats (±0
 * against ±0, subnormals, equal values, +∞ and NaN, the largest doubles) and over random pairs. The
 * pairs where it is not (x = −∞, m = −∞, x = m = +∞) are shown to differ, so the test
 * would notice a form that claims more; finite minimums and requirements never reach them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLeast } from './atLeast';

const same = (m: number, x: number) => Object.is(atLeast(x, m), Math.max(m, x));

const EDGES = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.225073858507201e-308, 0.1 + 0.2, 0.3, -(0.1 + 0.2), 1, -1, 5, 300, 1e7, -1e7, 2 ** 53 + 2, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE];

describe('atLeast', () => {
  it('is Math.max(m, x) to the bit for every pair of edges, both ways round, and against +∞ and NaN', () => {
    for (const m of EDGES) for (const x of EDGES) expect(same(m, x), `max(${Object.is(m, -0) ? '-0' : m}, ${Object.is(x, -0) ? '-0' : x})`).toBe(true);
    for (const v of EDGES) {
      expect(same(NaN, v) && same(v, NaN) && same(Infinity, v) && same(v, Infinity)).toBe(true);
    }
    expect(same(NaN, Infinity) && same(Infinity, NaN) && same(NaN, NaN)).toBe(true);
  });

  it('keeps the sign of a zero as Math.max does', () => {
    // −0 loses to +0 either way round; two −0 give −0.
    expect(Object.is(atLeast(0, -0), 0)).toBe(true);
    expect(Object.is(atLeast(-0, 0), 0)).toBe(true);
    expect(Object.is(atLeast(-0, -0), -0)).toBe(true);
    expect(Object.is(atLeast(-1, -0), -0)).toBe(true);
    expect(Object.is(atLeast(-0, -1), -0)).toBe(true);
    expect(Object.is(atLeast(0, -1), 0)).toBe(true);
  });

  it('is Math.max(m, x) to the bit for random doubles and for requirements against minimums', () => {
    fc.assert(fc.property(fc.double({ noDefaultInfinity: true }), fc.double({ noDefaultInfinity: true }), same), { numRuns: 20000 });
    // households ÷ households per worker, and m² per hundred households × households ÷ 100, against minimums
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constantFrom(0, -0, 3, 5, 300, 600), (h, ratio, m) => same(m, h / ratio) && same(m, (ratio * h) / 100)), { numRuns: 20000 });
  });

  it('differs only where no minimum or requirement goes: x = −∞, m = −∞, x = m = +∞', () => {
    expect(same(1, -Infinity)).toBe(false);
    expect(same(-Infinity, 1)).toBe(false);
    expect(same(Infinity, Infinity)).toBe(false);
  });
});
