import { describe, expect, it } from 'vitest';
import { fiveYearPlanNumber, horizonLabel, horizonParts, ordinal, zhNumeral } from './horizon';
import { expectBoth } from '../../i18n/bothLanguages';

const h = (firstYear: number, lastYear: number) => ({ baseYear: firstYear - 1, firstYear, lastYear });

describe('horizonLabel', () => {
  const cases = [
    { name: '2026–2030 is the 15th plan (1966 + 12 × 5)', input: h(2026, 2030), zh: '2026–2030（十五五）', en: '2026–2030 (15th Five-Year Plan)' },
    { name: '2021–2025 is the 14th', input: h(2021, 2025), zh: '2021–2025（十四五）', en: '2021–2025 (14th Five-Year Plan)' },
    { name: '2006–2010 is the 11th', input: h(2006, 2010), zh: '2006–2010（十一五）', en: '2006–2010 (11th Five-Year Plan)' },
    { name: 'Nanjing 2007–2010 is not a plan period', input: h(2007, 2010), zh: '2007–2010', en: '2007–2010' },
    { name: 'five years off the cycle are not a plan', input: h(2027, 2031), zh: '2027–2031', en: '2027–2031' },
    { name: 'a single year', input: h(2026, 2026), zh: '2026', en: '2026' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expectBoth((locale) => horizonLabel(c.input, locale), c);
    });
  }
});

describe('horizonParts', () => {
  it('splits the years from the plan name, for a two-line cell', () => {
    expect(horizonParts(h(2026, 2030), 'zh-CN')).toEqual({ years: '2026–2030', plan: '十五五' });
    expect(horizonParts(h(2007, 2010), 'en')).toEqual({ years: '2007–2010', plan: null });
  });
});

describe('five-year plan numbering', () => {
  it('knows the first two plans and the readjustment gap', () => {
    expect(fiveYearPlanNumber(1953, 1957)).toBe(1);
    expect(fiveYearPlanNumber(1958, 1962)).toBe(2);
    expect(fiveYearPlanNumber(1963, 1967)).toBeNull();
    expect(fiveYearPlanNumber(1966, 1970)).toBe(3);
  });

  it('writes numerals and ordinals', () => {
    expect([1, 10, 15, 20, 21].map(zhNumeral)).toEqual(['一', '十', '十五', '二十', '二十一']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd']);
  });
});
