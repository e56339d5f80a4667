import { describe, expect, it } from 'vitest';
import { householdsAfter } from './population';

describe('households after k years', () => {
  it('compounds growth and stops at the dwellings built', () => {
    // 1,000 × 1.1³ = 1,331
    expect(householdsAfter(1000, 0.1, Infinity, 3)).toBe(1331);
    // 1,000 × 1.1⁵ = 1,610.51, capped at 1,500 dwellings
    expect(householdsAfter(1000, 0.1, 1500, 5)).toBe(1500);
  });

  it('returns for a lead time of 2⁵³−1 years instead of counting them one by one', () => {
    // 1.0⁽²⁵³⁻¹⁾ = 1; 1.01^(2⁵³−1) overflows to Infinity, so the dwellings cap it.
    expect(householdsAfter(2500, 0, Infinity, Number.MAX_SAFE_INTEGER)).toBe(2500);
    expect(householdsAfter(2500, 0.01, 3000, Number.MAX_SAFE_INTEGER)).toBe(3000);
  });
});
