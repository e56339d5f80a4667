import { describe, expect, it } from 'vitest';
import { scaledShown, scaledStored } from './scaledNumber';

const WAN = 1 / 10_000;

describe('scaledShown', () => {
  it.each([
    // 1,234,567 yuan × 1/10,000 = 123.4567 万元
    { name: 'yuan as 万元', stored: 1_234_567, scale: WAN, expected: 123.4567 },
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

describe('scaledStored', () => {
  it.each([
    // 1.2 / (1/10,000) is 11999.999999999998 in floating point; twelve significant digits give 12,000
    { name: '万元 back to yuan', raw: '1.2', scale: WAN, expected: 12_000 },
    // 7.5 / 100 = 0.075
    { name: '% back to a share', raw: '7.5', scale: 100, expected: 0.075 },
    { name: 'text that is no number stays as typed', raw: '12万', scale: WAN, expected: '12万' },
  ])('$name', ({ raw, scale, expected }) => {
    expect(scaledStored(raw, scale)).toBe(expected);
  });
});
