import { describe, expect, it } from 'vitest';
import { readTypedNumber } from '../../../io/typedNumber';
import { toShown } from './cellValue';

describe('toShown', () => {
  it('scales shares to % without float noise', () => {
    // 0.0029 × 100 = 0.29 (0.29000000000000004 in floating point)
    expect(toShown(0.0029, 100)).toBe('0.29');
    expect(toShown(0.07, 100)).toBe('7');
  });
  it('shows yuan in 万元', () => expect(toShown(3_120_000, 1 / 10_000)).toBe('312'));
  it('shows an absent value as empty and text as it is', () => {
    expect(toShown(undefined)).toBe('');
    expect(toShown('abc')).toBe('abc');
  });
  it('round-trips what it shows', () => {
    for (const v of [0.0029, 0.125, 0.333, 1, 0, 3_120_000]) {
      const back = Number((readTypedNumber(toShown(v, 100), 'percent')! / 100).toPrecision(12));
      expect(back).toBe(v);
    }
  });
});
