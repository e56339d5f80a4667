import { describe, expect, it } from 'vitest';
import { tickFormat } from './ticks';

describe('tick labels', () => {
  it('gives as many decimals as the step needs', () => {
    // step 0.5 needs one decimal, so every label gets one: 57.0, not 57
    const f = tickFormat([57, 57.5, 58], 'en');
    expect([57, 57.5, 58].map(f)).toEqual(['57.0', '57.5', '58.0']);
    // step 200,000 needs none; grouping as the locale writes it
    expect(tickFormat([0, 200_000, 400_000, 600_000], 'zh-CN')(600_000)).toBe('600,000');
    expect(tickFormat([0, 2000, 4000], 'zh-CN')(4000)).toBe('4,000');
  });

  it('shows no float dust and no −0', () => {
    // 0.1 + 0.2 = 0.30000000000000004; a step of 0.1 needs one decimal
    expect(tickFormat([0, 0.1, 0.2, 0.3], 'en')(0.1 + 0.2)).toBe('0.3');
    // −0 and 1e-13 are within a billionth of the 200 step of zero
    const g = tickFormat([-200, 0, 200], 'zh-CN');
    expect([-200, -0, 1e-13, 200].map(g)).toEqual(['-200', '0', '0', '200']);
  });

  it.each([
    // 25,000 is 2.5 万 in Chinese and 25 thousand in English
    { value: 25_000, locale: 'zh-CN', expected: '2.5万' },
    { value: 25_000, locale: 'en', expected: '25K' },
  ])('compact label of $value ($locale) for small panels', ({ value, locale, expected }) => {
    expect(tickFormat([0, value], locale, true)(value)).toBe(expected);
  });
});
