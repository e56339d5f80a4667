import { describe, expect, it } from 'vitest';
import { RULE_SETS, documentById } from '../../engine/policyLibrary';
import { datedValues, documentLine, formatParamValue, paramsCiting, topParts } from './explainText';

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
  const part = (label: string, value: number) => ({ path: label, value });

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
