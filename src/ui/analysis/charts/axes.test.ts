import { describe, expect, it } from 'vitest';
import { extent, fanDomain, signedDomain } from './axes';
import { tickFormatter } from './ticks';
import { cell, csvName, toShown } from './units';

describe('chart axes', () => {
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
  });
});

describe('tick labels', () => {
  it('gives as many decimals as the step needs, and no −0', () => {
    const f = tickFormatter([57, 57.5, 58], 'en');
    expect([57, 57.5, 58].map(f)).toEqual(['57.0', '57.5', '58.0']);
    const g = tickFormatter([-200, 0, 200], 'zh-CN');
    expect([-200, -0, 1e-13, 200].map(g)).toEqual(['-200', '0', '0', '200']);
    expect(tickFormatter([0, 2000, 4000], 'zh-CN')(4000)).toBe('4,000');
  });
});

describe('shown units', () => {
  it('turns yuan into 万元 and shares into %, rounding float dust and −0 away', () => {
    expect(toShown(73_199_909.2394, 'yuan')).toBe(7319.9909);
    expect(toShown(0.59237, 'share')).toBe(59.237);
    expect(Object.is(toShown(-4.7e-7, 'yuan'), 0)).toBe(true);
    expect(cell(NaN, 'person')).toBeNull();
  });

  it('makes a file name without characters Windows refuses', () => {
    expect(csvName('示范市 2026', '目标/达成:概率')).toBe('示范市_2026-目标_达成_概率.csv');
  });
});
