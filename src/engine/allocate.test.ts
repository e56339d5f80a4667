import { describe, expect, it } from 'vitest';
import { allocateShare, allocateWhole } from './allocate';

describe('sharing among the places listed', () => {
  it('shares whole units by running sums over the listed claims alone', () => {
    // Listed claims 3, 5 and 2 add to 10; 5 units are half of that. Running shares 1.5, 4 and 5 round
    // down to 1, 4 and 5, so the places get 1, 3 and 1. Place 1 is not listed and keeps its 7.
    const out = new Float64Array([0, 7, 0, 0]);
    allocateWhole(new Float64Array([3, 0, 5, 2]), Int32Array.of(0, 2, 3), 5, out);
    expect([...out]).toEqual([1, 7, 3, 1]);
  });

  it('gives every listed place its whole claim when the total covers them', () => {
    // Listed claims 3 and 2 add to 5, under the 6 on offer; place 2's claim of 5 is not listed, so it stays at 0.
    const out = new Float64Array(4);
    allocateWhole(new Float64Array([3, 0, 5, 2]), Int32Array.of(0, 3), 6, out);
    expect([...out]).toEqual([3, 0, 0, 2]);
  });

  it('shares a divisible quantity over the listed places in proportion to their claims', () => {
    // Listed gaps 10 and 30 add to 40; 20 m² of money is half of that, so they get 5 and 15. Place 3 (gap 20) is not listed and keeps its 7.
    const out = allocateShare(new Float64Array([10, 0, 30, 20]), Int32Array.of(0, 2), 20, new Float64Array(4).fill(7));
    expect([...out]).toEqual([5, 7, 15, 7]);
  });
});
