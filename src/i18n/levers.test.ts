import { describe, expect, it } from 'vitest';
import type { FieldRef } from '../engine/levers';
import { fieldName, formatLever, formatLeverChange, formatLeverRange, toShown, toStored, withoutNote } from './levers';
import { expectBoth } from './bothLanguages';

describe('lever values in their unit', () => {
  it.each([
    { unit: 'share' as const, stored: 0.07, shown: 7, text: '7%' },
    // 2,400,000 yuan = 240万
    { unit: 'yuanPerYear' as const, stored: 2_400_000, shown: 240, text: '240 万元/年' },
    { unit: 'yuanPerCommunityYear' as const, stored: 25_000, shown: 2.5, text: '2.5 万元/社区·年' },
    // small per-household amounts stay in yuan
    { unit: 'yuanPerHouseholdYear' as const, stored: 10, shown: 10, text: '10 元/户·年' },
    { unit: 'personPerYear' as const, stored: 3, shown: 3, text: '3 人/年' },
    { unit: 'household' as const, stored: 320, shown: 320, text: '320 户' },
    { unit: 'year' as const, stored: 2027, shown: 2027, text: '2027' },
  ])('$unit: $stored is shown as $text', ({ unit, stored, shown, text }) => {
    expect(toShown(stored, unit)).toBe(shown);
    expect(toStored(shown, unit)).toBe(stored);
    expect(formatLever(stored, unit, 'zh-CN')).toBe(text);
  });

  it('writes a range with its unit once', () => {
    expect(formatLeverRange(0, 5_000_000, 'yuanPerYear', 'zh-CN')).toBe('0–500 万元/年');
    expect(formatLeverRange(0, 1, 'share', 'en')).toBe('0%–100%');
    expect(formatLeverRange(2026, 2030, 'year', 'en')).toBe('2026–2030');
  });

  it('signs a change: shares in points, years in years', () => {
    // 0.45 − 0.5 = −0.05 = 5 points
    expect(formatLeverChange(-0.05, 'share', 'zh-CN')).toBe('−5 个百分点');
    expect(formatLeverChange(6, 'personPerYear', 'zh-CN')).toBe('+6 人/年');
    expect(formatLeverChange(2, 'year', 'en')).toBe('+2 years');
  });
});

describe('field names', () => {
  it.each([
    { field: { kind: 'budget', payer: 'district', year: '2026' }, zh: '2026年区（县）级财政预算', en: 'District finance budget 2026' },
    { field: { kind: 'budget', payer: 'city' }, zh: '市级财政年度预算（规划期各年相同）', en: 'Annual city finance budget (same every year)' },
    { field: { kind: 'plan', field: 'hiring.capacityPerYear' }, zh: '每年招聘能力', en: 'Hiring capacity per year' },
    { field: { kind: 'project', id: 'P1', field: 'm2' }, zh: '建设项目 P1 面积', en: 'Project P1: floor space' },
    { field: { kind: 'project', id: 'P1', field: 'priority' }, zh: '建设项目 P1', en: 'Building project P1' },
    { field: { kind: 'facilities' }, zh: '新开生活圈设施', en: 'Life-circle facilities to open' },
    { field: { kind: 'rule', key: 'staffing.householdsPerWorker' }, zh: 'staffing.householdsPerWorker', en: 'staffing.householdsPerWorker' },
  ] as { field: FieldRef; zh: string; en: string }[])('$zh', ({ field, zh, en }) => {
    expectBoth((locale) => fieldName(field, locale), { zh, en });
  });

  it('drops the explanation in brackets for a short name', () => {
    expect(withoutNote('市级财政年度预算（规划期各年相同）')).toBe('市级财政年度预算');
    expect(withoutNote('Annual city finance budget (same every year)')).toBe('Annual city finance budget');
  });
});
