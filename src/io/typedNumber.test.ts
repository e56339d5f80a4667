import { describe, expect, it } from 'vitest';
import { readTypedNumber, type ShownUnit } from './typedNumber';

/**
 * What officials type into a number box, read in the unit the box shows. 万 (10⁴) and 亿 (10⁸) are
 * words for powers of ten: "1.2万" in a field shown in 元 or in people is 1.2 × 10,000 = 12,000; in a
 * field shown in 万元 the 万 is the unit itself, so "5万" is 5 and "1.2亿" is 1.2 × 10,000 = 12,000 万元.
 */
describe('readTypedNumber', () => {
  const cases: { raw: string; unit: ShownUnit; expected: number | null; why: string }[] = [
    { raw: '1,000', unit: 'plain', expected: 1000, why: 'thousands separator (issue 12: 每年招聘能力 rejected "1,000")' },
    { raw: '45,020.35', unit: 'wan', expected: 45020.35, why: 'separators in a 万元 cell' },
    { raw: '１，２３４', unit: 'plain', expected: 1234, why: 'full-width digits and comma' },
    { raw: '１２．５％', unit: 'percent', expected: 12.5, why: 'full-width digits, point and per-cent sign' },
    { raw: '12.5%', unit: 'percent', expected: 12.5, why: 'a per-cent sign in a % field' },
    { raw: ' 2 619 ', unit: 'plain', expected: 2619, why: 'spaces as separators' },
    { raw: '1.2万', unit: 'plain', expected: 12000, why: '1.2 × 10,000' },
    { raw: '1.2万元', unit: 'plain', expected: 12000, why: '元 field: 1.2万元 = 12,000 元' },
    { raw: '5万', unit: 'wan', expected: 5, why: 'in a 万元 field 万 is the unit' },
    { raw: '5万元', unit: 'wan', expected: 5, why: 'the unit written out' },
    { raw: '1.2亿', unit: 'wan', expected: 12000, why: '1.2亿元 = 12,000 万元' },
    { raw: '3亿', unit: 'plain', expected: 300000000, why: '3 × 10⁸' },
    { raw: '－5', unit: 'plain', expected: -5, why: 'full-width minus' },
    { raw: '−0.5', unit: 'percent', expected: -0.5, why: 'typographic minus' },
    { raw: '1e3', unit: 'plain', expected: 1000, why: 'exponent notation still reads' },
    { raw: '1,00', unit: 'plain', expected: null, why: 'a comma that does not group thousands is a typo, not a separator' },
    { raw: '12%', unit: 'plain', expected: null, why: 'a per-cent sign where the field is not in %' },
    { raw: '5万', unit: 'percent', expected: null, why: '万 makes no sense in a share' },
    { raw: 'abc', unit: 'plain', expected: null, why: 'not a number' },
    { raw: '1.2.3', unit: 'plain', expected: null, why: 'two points' },
    { raw: '', unit: 'plain', expected: null, why: 'nothing typed' },
    { raw: 'Infinity', unit: 'plain', expected: null, why: 'no infinite amounts' },
  ];
  it.each(cases)('"$raw" in a $unit field → $expected ($why)', ({ raw, unit, expected }) => {
    expect(readTypedNumber(raw, unit)).toBe(expected);
  });
});
