import { describe, expect, it } from 'vitest';
import { scaledShown } from './scaledNumber';

const WAN = 1 / 10_000;

describe('scaledShown', () => {
  it.each([
    // 1,234,567 yuan × 1/10,000 = 123.4567 万元, shown to two decimals: 123.46 (issue 12: "45,020.3524" 万元)
    { name: 'yuan as 万元, to the hundred yuan', stored: 1_234_567, scale: WAN, expected: 123.46 },
    // 0.07 × 100 = 7.000000000000001 in floating point; rounding to a millionth gives 7
    { name: 'a share as %', stored: 0.07, scale: 100, expected: 7 },
    // 0.123456789 rounds to six decimals: 0.123457
    { name: 'beyond a millionth is rounded', stored: 0.123456789, scale: 1, expected: 0.123457 },
    { name: 'absent', stored: undefined, scale: WAN, expected: '' },
    { name: 'text left by a bad edit', stored: '12x', scale: WAN, expected: '12x' },
  ])('$name', ({ stored, scale, expected }) => {
    expect(scaledShown(stored, scale)).toBe(expected);
  });
});
