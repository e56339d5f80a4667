import { describe, expect, it } from 'vitest';
import { parseCell, toShown } from './cellValue';

describe('parseCell', () => {
  const cases: { name: string; raw: string; scale?: number; optional?: boolean; expected: ReturnType<typeof parseCell> }[] = [
    { name: 'a plain count', raw: '2619', expected: { kind: 'set', value: 2619 } },
    { name: 'grouping commas are ignored', raw: '2,619', expected: { kind: 'set', value: 2619 } },
    // 0.7 / 100 is 0.006999999999999999 in floating point; twelve digits give 0.007
    { name: 'growth typed in %', raw: '0.7', scale: 100, expected: { kind: 'set', value: 0.007 } },
    { name: 'a trailing % sign is allowed', raw: '90%', scale: 100, expected: { kind: 'set', value: 0.9 } },
    // 312 万元 = 3,120,000 yuan
    { name: 'money typed in 万元', raw: '312', scale: 1 / 10_000, expected: { kind: 'set', value: 3_120_000 } },
    { name: 'empty optional field clears', raw: '  ', optional: true, expected: { kind: 'clear' } },
    { name: 'empty required field keeps the value', raw: '', expected: { kind: 'keep' } },
    { name: 'text that is not a number goes to the validator', raw: 'abc ', expected: { kind: 'set', value: 'abc' } },
    { name: 'negative numbers pass through for the validator', raw: '-5', expected: { kind: 'set', value: -5 } },
  ];
  for (const c of cases) {
    it(c.name, () => expect(parseCell(c.raw, c.scale, c.optional)).toEqual(c.expected));
  }
});

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
      const back = parseCell(toShown(v, 100), 100);
      expect(back).toEqual({ kind: 'set', value: v });
    }
  });
});
