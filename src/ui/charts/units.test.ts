import { describe, expect, it } from 'vitest';
import { tickFormat } from './ticks';
import { axisFor, axisUnitText, cell, formatShown, moneyAxis, toShown, unitText } from './units';

describe('shown units', () => {
  it('turns yuan into 万元 and shares into %, rounding float dust and −0 away', () => {
    // 73,199,909.2394 yuan / 10,000 = 7,319.99092394 万, kept to four decimals (one yuan)
    expect(toShown(73_199_909.2394, 'yuan')).toBe(7319.9909);
    expect(toShown(0.59237, 'share')).toBe(59.237);
    expect(Object.is(toShown(-4.7e-7, 'yuan'), 0)).toBe(true);
    expect(toShown(812.5, 'person')).toBe(812.5);
    expect(cell(NaN, 'person')).toBeNull();
  });

  it.each([
    { name: '3,120,000 yuan is 312 万', yuan: 3_120_000, wan: 312 },
    { name: 'kept to the yuan: 749,999,999.9999998 → 75,000', yuan: 749_999_999.9999998, wan: 75_000 },
    { name: '1 yuan is 0.0001 万', yuan: 1, wan: 0.0001 },
  ])('$name', ({ yuan, wan }) => expect(toShown(yuan, 'yuan')).toBe(wan));

  it.each([
    // 312 万 back in yuan is 3,120,000: whole 万 from 100 up
    { shown: 312, unit: 'yuan' as const, locale: 'zh-CN' as const, expected: '312 万元' },
    // 92.5% back as a share is 0.925
    { shown: 92.5, unit: 'share' as const, locale: 'en' as const, expected: '92.5%' },
    { shown: 1500.46, unit: 'm2' as const, locale: 'en' as const, expected: '1,500.5 m²' },
  ])('a shown value with its unit: $expected', ({ shown, unit, locale, expected }) => {
    expect(formatShown(shown, unit, locale)).toBe(expected);
  });

  it('names the shown unit', () => {
    expect(unitText('yuan', 'zh-CN')).toBe('万元');
    expect(unitText('share', 'zh-CN')).toBe('%');
  });
});

describe('money axes', () => {
  it('read in 亿元 once they reach 10,000 万元, never "2万" on a 万元 axis (issue 12)', () => {
    // 20,000 万元 = 2 亿元: the tick reads 2 in a row labelled 亿元
    expect(moneyAxis(20_000)).toEqual({ divisor: 10_000, yi: true });
    expect(tickFormat([0, 20_000 / 10_000], 'zh-CN', false)(2)).toBe('2');
    // 9,999 万元 stays in 万元, and a money axis takes no compact suffix: 9,000 reads 9,000, not 9K
    expect(moneyAxis(9_999)).toEqual({ divisor: 1, yi: false });
    expect(tickFormat([0, 9_000], 'en', false)(9_000)).toBe('9,000');
  });

  it('put compare deltas and fans on the same axis: a −25,000 万元 difference reads in 亿元, shares stay as they are', () => {
    // |−25,000| ≥ 10,000 万元: the axis is in 亿元 (−2.5), and its heading says so
    const big = axisFor('yuan', [null, 1_200, -25_000]);
    expect(big).toEqual({ divisor: 10_000, yi: true });
    expect(axisUnitText('yuan', big, 'zh-CN')).toBe('亿元');
    expect(axisUnitText('yuan', axisFor('yuan', [3_000, -9_000]), 'zh-CN')).toBe('万元');
    expect(axisFor('share', [50_000])).toEqual({ divisor: 1, yi: false });
  });
});
