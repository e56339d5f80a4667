import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../engine/params';
import { formatParamRange, formatParamValue, toShown, toStored, unitLabel, unitScale, unitStep } from './units';
import { expectBoth, itFormatsEachUnit } from '../../../i18n/bothLanguages';

/**
 * Every unit's label, written out in both languages. Money is stored in yuan and shown in 万元
 * (DESIGN.md, convention 3), so each yuan unit reads 万 with its per-person, per-household,
 * per-community or one-off wording; shares are shown in %. `satisfies` makes a new unit fail to
 * compile here until its labels are written down.
 */
const LABELS = {
  household: { zh: '户', en: 'households' }, // GOV2020-3a: 300–400 households per worker
  person: { zh: '人', en: 'people' },
  m2: { zh: '平方米', en: 'm²' },
  m2PerHundredHouseholds: { zh: '平方米/百户', en: 'm² per 100 households' }, // NJ2007-18b: 30 m² per 100 households
  share: { zh: '%', en: '%' },
  yuanPerPersonYear: { zh: '万元/人·年', en: '万 (10,000 yuan) per person per year' },
  yuanPerCommunityYear: { zh: '万元/社区·年', en: '万 (10,000 yuan) per community per year' }, // NJ2007-21a
  yuanPerHouseholdYear: { zh: '万元/户·年', en: '万 (10,000 yuan) per household per year' },
  yuanPerCommunity: { zh: '万元/社区（一次性）', en: '万 (10,000 yuan) per community, one-off' },
  yuanPerContractYear: { zh: '万元/项协议·年', en: '万 (10,000 yuan) per contract per year' }, // NT2011-8
  year: { zh: '年', en: 'year' },
  years: { zh: '年', en: 'years' }, // GOV2020-1: a five-year committee term
  flag: { zh: '是/否', en: 'yes/no' },
  yuan: { zh: '万元', en: '万 (10,000 yuan)' }, // NJ2007-21c: a 500万 fund
  count: { zh: '个', en: '' }, // NT2011-4c: 30 day-care stations; English needs no word after the number
} satisfies Record<Unit, { zh: string; en: string }>;

describe('unit labels', () => {
  it.each(Object.entries(LABELS) as [Unit, { zh: string; en: string }][])('%s reads as its label in both languages', (unit, { zh, en }) => {
    expectBoth((locale) => unitLabel(unit, locale), { zh, en });
  });
});

describe('scaling between stored and shown', () => {
  it.each([
    { name: 'NJ2007-21a: 25,000 yuan → 2.5 万', unit: 'yuanPerCommunityYear', stored: 25000, shown: 2.5 },
    { name: 'QY-17: 10 yuan per household → 0.001 万', unit: 'yuanPerHouseholdYear', stored: 10, shown: 0.001 },
    { name: 'GOV2020-2b: 0.5 → 50%', unit: 'share', stored: 0.5, shown: 50 },
    { name: 'GOV2020-3a: 350 households, unscaled', unit: 'household', stored: 350, shown: 350 },
  ] as const)('$name', ({ unit, stored, shown }) => {
    expect(toShown(stored, unit)).toBe(shown);
    expect(toStored(shown, unit)).toBe(stored);
  });

  it('stores 0.07 万 as 700 yuan, not 700.0000000000001', () => {
    expect(toStored(0.07, 'yuanPerPersonYear')).toBe(700);
    expect(toStored(7, 'share')).toBe(0.07);
  });

  it('steps whole units by one and 万 by 0.01', () => {
    expect(unitStep('person')).toBe(1);
    expect(unitStep('yuanPerCommunity')).toBe(0.01);
    expect(unitScale('yuanPerCommunity')).toBe(1 / 10_000);
  });
});

describe('formatParamValue', () => {
  itFormatsEachUnit<Unit>((value, unit, locale) => formatParamValue(value, unit, locale), [
    { unit: 'person', value: 6, zh: '6 人', en: '6 people' },
    { unit: 'm2', value: 1500, zh: '1,500 平方米', en: '1,500 m²' },
    { unit: 'yuanPerCommunity', value: 90000, zh: '9 万元/社区（一次性）', en: '9万 (10,000 yuan) per community, one-off' },
    { unit: 'yuanPerHouseholdYear', value: 300, zh: '0.03 万元/户·年', en: '0.03万 (10,000 yuan) per household per year' },
    { unit: 'flag', value: 0, zh: '否', en: 'no' },
  ]);
});

describe('formatParamRange', () => {
  it.each([
    { name: 'NJ2007-21a: 20,000–30,000 yuan', lo: 20000, hi: 30000, unit: 'yuanPerCommunityYear', zh: '2 ～ 3 万元/社区·年', en: '2 to 3万 (10,000 yuan) per community per year' },
    { name: 'GOV2020-3a: 300–400 households', lo: 300, hi: 400, unit: 'household', zh: '300 ～ 400 户', en: '300 to 400 households' },
    { name: 'a share range', lo: 0.2, hi: 0.3, unit: 'share', zh: '20% ～ 30%', en: '20% to 30%' },
  ] as const)('$name', ({ lo, hi, unit, zh, en }) => {
    expectBoth((locale) => formatParamRange(lo, hi, unit, locale), { zh, en });
  });
});
