/** The Rules tab's two ways of editing a dated override store the same values the engine reads. */
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../engine/ruleSet';
import { overrideText, setFromYear, setYear, timeline, yearValues } from './overrideValues';

// GOV2020-3b: city:district 5:5 from 2020
const share: Parameter = { values: { '2020-01-01': 0.5 }, unit: 'share', label: { zh: '市级分担比例', en: 'city share' }, reference: [{ doc: 'GOV2020', rule: 'GOV2020-3b' }] };
const years = [2026, 2027, 2028, 2029, 2030];

describe('from year X on', () => {
  it('a reform from 2028 keeps the rule set before it', () => {
    const o = setFromYear(undefined, 2028, 0.6, 2026);
    expect(o).toEqual({ '2028': 0.6 });
    expect(yearValues(share, o, years)).toEqual([0.5, 0.5, 0.6, 0.6, 0.6]);
  });

  it('an all-years value becomes the value before the reform; later dates give way', () => {
    expect(setFromYear(0.55, 2028, 0.6, 2026)).toEqual({ '2026': 0.55, '2028': 0.6 });
    expect(setFromYear({ '2027': 0.55, '2029': 0.7 }, 2028, 0.6, 2026)).toEqual({ '2027': 0.55, '2028': 0.6 });
  });
});

describe('the year-by-year table', () => {
  it('one cell changes one year and reads back the same', () => {
    const o = setYear(share, undefined, years, 2028, 0.6);
    // 2028 at 0.6, 2029 back at the rule set's 0.5 (kept explicitly: an override holds until the next date)
    expect(o).toEqual({ '2028': 0.6, '2029': 0.5 });
    expect(yearValues(share, o, years)).toEqual([0.5, 0.5, 0.6, 0.5, 0.5]);
  });

  it('clearing the only changed year drops the override', () => {
    expect(setYear(share, { '2028': 0.6, '2029': 0.5 }, years, 2028, undefined)).toBeUndefined();
  });
});

describe('timeline and text', () => {
  it('marks the years the scenario sets and where its value starts', () => {
    const cells = timeline(share, { '2028': 0.6 }, years);
    expect(cells.map((c) => [c.year, c.value, c.source, c.changes])).toEqual([
      [2026, 0.5, 'ruleSet', false],
      [2027, 0.5, 'ruleSet', false],
      [2028, 0.6, 'override', true],
      [2029, 0.6, 'override', false],
      [2030, 0.6, 'override', false],
    ]);
  });

  it('reads a dated override in both languages', () => {
    expect(overrideText({ '2028': 0.6 }, 'share', 'zh-CN')).toBe('本方案：自 2028 年起 60%');
    expect(overrideText({ '2028': 0.6 }, 'share', 'en')).toBe('this scenario: from 2028: 60%');
  });
});
