import { describe, expect, it } from 'vitest';
import { formatGap, formatMetric, formatWanNumber } from './format';
import { itFormatsEachUnit } from './bothLanguages';

describe('formatWanNumber', () => {
  it.each([
    { name: 'whole 万 from 100 up: 3,120,000 / 10,000 = 312', yuan: 3_120_000, expected: '312' },
    { name: 'grouping: 109,470,000 / 10,000 = 10,947', yuan: 109_470_000, expected: '10,947' },
    { name: 'two decimals below 100万: 12,345 / 10,000 = 1.2345', yuan: 12_345, expected: '1.23' },
    { name: 'four below 100 yuan, so 1 yuan is not 0', yuan: 1, expected: '0.0001' },
    { name: 'zero', yuan: 0, expected: '0' },
  ])('$name', ({ yuan, expected }) => {
    expect(formatWanNumber(yuan, 'zh-CN')).toBe(expected);
    expect(formatWanNumber(yuan, 'en')).toBe(expected);
  });
});

describe('formatMetric and formatGap', () => {
  itFormatsEachUnit(formatMetric, [
    { unit: 'share', value: 0.925, zh: '92.5%', en: '92.5%' },
    { unit: 'yuan', value: 3_120_000, zh: '312 万元', en: '312万 (10,000 yuan)' },
    { unit: 'yuan', value: 0, zh: '0 万元', en: '0万 (10,000 yuan)' },
    { unit: 'person', value: 407, zh: '407 人', en: '407 people' },
    { unit: 'm2', value: 1234.5, zh: '1,234.5 平方米', en: '1,234.5 m²' },
  ]);

  it('gives a gap in shares as percentage points (0.124 → 12.4)', () => {
    expect(formatGap(0.124, 'share', 'zh-CN')).toBe('12.4 个百分点');
    expect(formatGap(0.124, 'share', 'en')).toBe('12.4 pp');
  });
});
