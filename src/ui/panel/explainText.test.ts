import { describe, expect, it } from 'vitest';
import { RULE_SETS, documentById } from '../../engine/policyLibrary';
import type { ExplainPart } from '../../engine/explain/types';
import { datedValues, documentLine, explainUnitWord, formatExplainNumber, formatExplainValue, formatParamValue, paramsCiting, topParts } from './explainText';

describe('explanation values', () => {
  it.each([
    { name: 'yuan in 万元', value: 430_000_000, unit: 'yuan' as const, locale: 'zh-CN' as const, expected: '43,000 万元' },
    { name: 'yuan in 万 (en)', value: 590_072.58, unit: 'yuan' as const, locale: 'en' as const, expected: '59.01万 (10,000 yuan)' },
    { name: 'people', value: 5, unit: 'person' as const, locale: 'zh-CN' as const, expected: '5 人' },
    { name: 'households grouped', value: 1556, unit: 'household' as const, locale: 'zh-CN' as const, expected: '1,556 户' },
    { name: 'share as %', value: 0.5, unit: 'share' as const, locale: 'zh-CN' as const, expected: '50%' },
    { name: 'growth rate to 0.01%', value: 0.0125, unit: 'rate' as const, locale: 'en' as const, expected: '1.25%' },
    { name: 'price per m² stays in yuan', value: 3500, unit: 'yuanPerM2' as const, locale: 'zh-CN' as const, expected: '3,500 元/平方米' },
    { name: 'a year is not grouped', value: 2026, unit: 'year' as const, locale: 'en' as const, expected: '2026' },
    { name: 'null: the rule set lacks the rule', value: null, unit: 'person' as const, locale: 'zh-CN' as const, expected: '规则集无此条款' },
  ])('$name', ({ value, unit, locale, expected }) => expect(formatExplainValue(value, unit, locale)).toBe(expected));
});

describe('parameter values', () => {
  it.each([
    // NJ2007-21a: 2–3万 per community per year
    { value: 20_000, unit: 'yuanPerCommunityYear' as const, expected: '2 万元/社区·年' },
    { value: 350, unit: 'household' as const, expected: '350 户' },
    { value: 0.5, unit: 'share' as const, expected: '50%' },
    { value: 1, unit: 'flag' as const, expected: '是' },
    { value: 20, unit: 'm2PerHundredHouseholds' as const, expected: '20 平方米/百户' },
  ])('$value $unit → $expected', ({ value, unit, expected }) => expect(formatParamValue(value, unit, 'zh-CN')).toBe(expected));
});

describe('parts', () => {
  const part = (label: string, value: number): ExplainPart => ({ path: label, label: { zh: label, en: label }, value });

  it('largest first, at most the limit, the rest counted', () => {
    const parts = [part('a', 1), part('b', 30), part('c', 2), part('d', 30.5)];
    const top = topParts(parts, 3);
    expect(top.shown.map((p) => p.path)).toEqual(['d', 'b', 'c']);
    expect(top.more).toBe(1);
    expect(parts.map((p) => p.path)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fifty by default', () => {
    const top = topParts(Array.from({ length: 120 }, (_, i) => part(String(i), i)));
    expect(top.shown).toHaveLength(50);
    expect(top.shown[0].value).toBe(119);
    expect(top.more).toBe(70);
  });
});

describe('clauses', () => {
  it('GOV2020-3a is cited by the staffing ratio and the minimum per community', () => {
    const keys = paramsCiting(RULE_SETS.GOV2020, 'GOV2020-3a').map((p) => p.key);
    expect(keys).toContain('staffing.householdsPerWorker');
    expect(keys).toContain('staffing.minPerCommunity');
  });

  it("carries the scenario's own value", () => {
    const cited = paramsCiting(RULE_SETS.GOV2020, 'GOV2020-3a', { 'staffing.householdsPerWorker': 300 });
    expect(cited.find((p) => p.key === 'staffing.householdsPerWorker')?.override).toBe(300);
    expect(cited.find((p) => p.key === 'staffing.minPerCommunity')?.override).toBeUndefined();
  });

  it('an unknown rule set or clause cites nothing', () => {
    expect(paramsCiting(undefined, 'GOV2020-3a')).toEqual([]);
    expect(paramsCiting(RULE_SETS.GOV2020, 'NO-SUCH')).toEqual([]);
  });

  it('dated values oldest first', () => {
    expect(datedValues({ values: { '2010-01-01': 2, '2007-07-20': 1 }, unit: 'person', label: { zh: '', en: '' }, reference: [] })).toEqual([
      ['2007-07-20', 1],
      ['2010-01-01', 2],
    ]);
  });

  it('a document line names number, title and date', () => {
    const nj = documentById('NJ2007')!;
    expect(documentLine(nj, 'zh-CN')).toBe('宁委办发〔2007〕34号《和谐社区建设有关工作任务分工落实意见》（2007-07-20）');
    expect(documentLine(nj, 'en')).toBe('宁委办发〔2007〕34号, Division of tasks for building harmonious communities (Nanjing), 2007-07-20');
  });
});

describe('figures in lists', () => {
  it('drop the unit the heading names once', () => {
    expect(formatExplainNumber(590_072.58, 'yuan', 'zh-CN')).toBe('59.01');
    expect(explainUnitWord('yuan', 'zh-CN')).toBe('万元');
    expect(formatExplainNumber(1556, 'household', 'en')).toBe('1,556');
    expect(explainUnitWord('household', 'en')).toBe('households');
    expect(formatExplainNumber(0.5, 'share', 'en')).toBe('50%');
  });
});
