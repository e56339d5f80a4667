import { describe, expect, it } from 'vitest';
import { endTicks, MARGIN, maxOf, tickLabel, valueScale, valueTicks, yearBands, yearPoints } from './scales';

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

  it.each([
    { value: 600000, locale: 'zh-CN', compact: false, expected: '600,000' },
    { value: 0.30000000000000004, locale: 'en', compact: false, expected: '0.3' },
    { value: 25000, locale: 'zh-CN', compact: true, expected: '2.5万' },
    { value: 25000, locale: 'en', compact: true, expected: '25K' },
  ])('tick label $value ($locale, compact $compact)', ({ value, locale, compact, expected }) =>
    expect(tickLabel(value, locale, compact)).toBe(expected),
  );
});
