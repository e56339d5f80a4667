import { describe, expect, it } from 'vitest';
import { yearOf } from './yearViews';

describe('yearOf', () => {
  it('gives the year y row of n elements, the same memory as subarray', () => {
    const a = Float64Array.from({ length: 12 }, (_, i) => i);
    const v = yearOf(a, 2, 4);
    // Row 2 of 4 is elements 8–11.
    expect(Array.from(v)).toEqual([8, 9, 10, 11]);
    v[0] = -1;
    expect(a[8]).toBe(-1);
    expect(v.buffer).toBe(a.buffer);
  });

  it('hands back the view it made for the same array and year, so a repeated run makes none', () => {
    const a = new Int32Array(10);
    expect(yearOf(a, 1, 5)).toBe(yearOf(a, 1, 5));
    // Another array of the same kind and length has views of its own.
    const b = new Int32Array(10);
    expect(yearOf(b, 1, 5)).not.toBe(yearOf(a, 1, 5));
    expect(yearOf(b, 1, 5).byteOffset).toBe(5 * 4);
  });

  it('cuts afresh when the same array is cut to another row length', () => {
    const a = Uint8Array.from({ length: 12 }, (_, i) => i);
    expect(Array.from(yearOf(a, 1, 4))).toEqual([4, 5, 6, 7]);
    // A kept view of length 4 at index 1 must not stand in for row 1 of length 3 (elements 3–5).
    expect(Array.from(yearOf(a, 1, 3))).toEqual([3, 4, 5]);
    expect(Array.from(yearOf(a, 1, 4))).toEqual([4, 5, 6, 7]);
  });
});
