/** One rule for whether a place meets a need: a shortfall and a failed test are the same places, and a shortfall is never a residue. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meets, shortfall } from './meetsNeed';

describe('meets and shortfall', () => {
  it('read a residue of rounding as met, and a real shortfall as short', () => {
    // 652.544 + 1,030.156 is 1,682.6999999999998 in doubles: 2.3e-13 below 1,682.7, within 1e-9 × 1,682.7.
    expect(meets(652.544 + 1030.156, 1682.7)).toBe(true);
    expect(shortfall(1682.7, 652.544 + 1030.156)).toBe(0);
    // The residue there is 1e-9 × 1,682.7 = 1.6827e-6 m²: 1e-5 m² short is a shortfall.
    expect(meets(1682.7 - 1e-5, 1682.7)).toBe(false);
    expect(shortfall(1000, 800)).toBe(200);
    // A need of 0 or below 1 keeps an absolute tolerance of 1e-9.
    expect(meets(0, 5e-10)).toBe(true);
    expect(meets(0, 2e-9)).toBe(false);
  });

  it('gives +0 (not −0) where a place meets its need, so sums are unchanged by met places', () => {
    expect(Object.is(shortfall(1000, 1200), 0)).toBe(true);
    expect(Object.is(shortfall(1000, 1000), 0)).toBe(true);
    expect(Object.is(shortfall(0, 0), 0)).toBe(true);
  });

  it('is short exactly where the test fails, and then by more than 1e-9, so a gap of 0 (within 1e-9) and a share of 1 agree', () => {
    const value = fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 10_000 }));
    fc.assert(
      fc.property(value, value, fc.integer({ min: -3, max: 3 }), (need, base, ulps) => {
        // have near need too, a few ulps either side, where residues live
        for (const have of [base, need, need + ulps * Number.EPSILON * need]) {
          const short = shortfall(need, have);
          expect(short > 0).toBe(!meets(have, need));
          if (short > 0) expect(short).toBeGreaterThan(1e-9);
          // outside the residue the rule is the exact comparison
          if (Math.abs(need - have) > 1e-9 * Math.max(1, need)) expect(meets(have, need)).toBe(have >= need);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
