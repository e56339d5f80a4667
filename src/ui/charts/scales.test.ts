import { describe, expect, it } from 'vitest';
import { endTicks, extent, fanDomain, linearY, MARGIN, maxOf, signedDomain, valueScale, valueTicks, yearBands, yearPoints } from './scales';

describe('scales', () => {
  it('maxOf skips nulls and non-finite values; nothing gives 0', () => {
    expect(maxOf([3, null, 7, undefined, Number.NaN, 2])).toBe(7);
    expect(maxOf([])).toBe(0);
    expect(maxOf([-4, null])).toBe(0);
  });

  it('a value axis starts at zero and ends on a nice number', () => {
    const y = valueScale(5861, 200, MARGIN);
    expect(y.domain()).toEqual([0, 6000]);
    expect(y(0)).toBe(200 - MARGIN.bottom);
    expect(y(6000)).toBe(MARGIN.top);
  });

  it('an all-zero series still gets a 0–1 axis', () => {
    expect(valueScale(0, 200, MARGIN).domain()).toEqual([0, 1]);
  });

  it('about one tick per 40 px, at most 6', () => {
    const y = valueScale(6000, 200, MARGIN);
    expect(valueTicks(y, 200)).toEqual([0, 2000, 4000, 6000]);
    expect(valueTicks(y, 80).length).toBeLessThanOrEqual(3);
    expect(endTicks(y)).toEqual([0, 6000]);
  });

  it('years spread across the width, inside the margins', () => {
    const x = yearPoints([2026, 2027, 2028], 400, MARGIN);
    expect(x(2026)!).toBeGreaterThan(MARGIN.left);
    expect(x(2028)!).toBeLessThan(400 - MARGIN.right);
    const b = yearBands([2026, 2027], 400, MARGIN);
    expect(b(2027)! + b.bandwidth()).toBeLessThan(400 - MARGIN.right);
  });

  it('takes the extent of the finite values only', () => {
    expect(extent([3, null, NaN, -2, undefined, 7])).toEqual([-2, 7]);
    expect(extent([])).toEqual([0, 1]);
  });

  it.each([
    { name: 'all above zero', input: [5, 20] as [number, number], expected: [0, 20] },
    { name: 'all below zero', input: [-30, -5] as [number, number], expected: [-30, 0] },
    { name: 'either side', input: [-4, 9] as [number, number], expected: [-4, 9] },
    { name: 'flat zero', input: [0, 0] as [number, number], expected: [-1, 1] },
  ])('keeps zero in view for differences: $name', ({ input, expected }) => {
    expect(signedDomain(input)).toEqual(expected);
  });

  it('draws a fan from zero when the spread reaches down near it, else around the spread', () => {
    // 300–1,100 people: 300 ≤ 1,100 / 2, so from zero
    expect(fanDomain([300, 1100])).toEqual([0, 1100]);
    // 4,800–6,100 workers: from zero the fan would be a line; 10% of 1,300 each side
    expect(fanDomain([4800, 6100])).toEqual([4670, 6230]);
    // −1,100 to −300 (a fall): the mirror image, up to zero
    expect(fanDomain([-1100, -300])).toEqual([-1100, 0]);
  });

  it('a free axis ends on nice numbers around its domain', () => {
    // −4…9 in about 4 steps: 13 / 4 = 3.25 a step, above √10 ≈ 3.16 so d3 takes steps of 5: −5…10
    expect(linearY([-4, 9], 180, MARGIN).domain()).toEqual([-5, 10]);
  });
});
