import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/compare';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { Scenario } from '../../engine/scenario';
import { deltaLines, deltaTable, differenceTable, seriesDiffers, seriesPresent, spendingRows, verdictGrid } from './deltaData';
import { differenceRows, formatChange, formatFieldValue } from './fieldText';
import { knownIds, makeBaseline, toggleId } from './selection';

/**
 * Two communities of 2,000 households with nobody in post need 2,000 / 350 ≈ 5.7 each under GOV2020-3a
 * (the middle of its 300–400). The baseline hires 4 a year; the other scenario 10, so it has more in
 * post every year and pays for them (100,000 yuan a worker, split between city and district by GOV2020-3b).
 */
function pair(): [Scenario, Scenario] {
  const base = tinyCity([community({ id: 'A' }), community({ id: 'B' })], {
    plan: { hiring: { capacityPerYear: 4, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } },
    targets: [{ id: 'staffed', metric: 'staffingShareMet', threshold: 1, year: 2027, label: { zh: '2027年全部配齐', en: 'All staffed by 2027' } }],
  });
  return [base, { ...base, name: 'faster', plan: { ...base.plan, hiring: { ...base.plan.hiring, capacityPerYear: 10 } } }];
}

describe('comparison as shown', () => {
  const scenarios = pair();
  const c = compare(scenarios);

  it('finds the hiring capacity as the one difference and writes it with its unit and change', () => {
    expect(differenceRows(c.differences, 'zh-CN')).toEqual([
      { path: 'plan.hiring.capacityPerYear', label: '每年招聘能力', values: ['4 人/年', '10 人/年'], changes: [null, '+6 人/年'] },
    ]);
  });

  it('boxes a verdict that differs from the baseline', () => {
    const [row] = verdictGrid(c, scenarios, 'zh-CN');
    expect(row.label).toBe('2027年全部配齐');
    expect(row.unit).toBe('share');
    expect(row.cells.map((x) => [x?.met, x?.changed])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('draws one difference line per other scenario, and tables it in shown units', () => {
    const inPost = c.series.find((s) => s.name === 'inPost')!;
    expect(seriesDiffers(inPost)).toBe(true);
    const [line] = deltaLines(inPost, c.names);
    expect(line.index).toBe(1);
    // 10 − 4 = 6 more hired in the first year
    expect(line.values[0]).toBe(6);
    expect(deltaTable(inPost, c, 'zh-CN').header).toEqual(['年份', 'faster − 基准（人）']);
  });

  it('puts every present series and year in the difference table, baseline first', () => {
    const t = differenceTable(c, 'zh-CN');
    expect(t.header).toEqual(['指标', '年份', '单位', 'tiny（基准）', 'faster', 'faster − 基准']);
    const first = t.rows[0];
    expect(first.slice(0, 3)).toEqual(['在岗专职社区工作者', 2026, '人']);
    expect(first[5]).toBe((first[4] as number) - (first[3] as number));
    // nobody spends through the street: that series stays out
    const names = new Set(t.rows.map((r) => r[0]));
    expect(names.has('街道财政支出')).toBe(false);
    expect(c.series.filter(seriesPresent).map((s) => s.name)).not.toContain('spending.street');
  });

  it('lists the payers that spend, with totals and changes in yuan', () => {
    const rows = spendingRows(c);
    expect(rows.map((r) => r.payer)).toEqual(['city', 'district']);
    expect(rows.every((r) => r.delta[0] === 0 && r.delta[1] > 0)).toBe(true);
  });
});

describe('field values', () => {
  it.each([
    { path: 'plan.budgets.district["2026"]', value: 12_345_000, zh: '1,235 万元' },
    { path: 'plan.budgets.district', value: null, zh: '不限' },
    { path: 'plan.pay.cityShare', value: 0.5, zh: '50%' },
    { path: 'plan.pay.cityShare', value: null, zh: '未设' },
    { path: 'plan.building.costPerM2', value: 5000, zh: '5,000 元/平方米' },
    { path: 'ruleSet.overrides["staffing.householdsPerWorker"]', value: 320, zh: '320 户' },
    { path: 'plan.shortfall.mode', value: 'defer', zh: '推迟招聘和开工' },
    { path: 'plan.shortfall.priority', value: ['building', 'hiring'], zh: '建设 → 招聘' },
    { path: 'plan.building.projects["P1"]', value: { id: 'P1', target: 'C1', m2: 300, startYear: 2027, priority: 1 }, zh: 'C1：300 平方米，2027 年开工' },
  ])('$path = $value reads "$zh"', ({ path, value, zh }) => {
    expect(formatFieldValue(path, value, 'zh-CN')).toBe(zh);
  });

  it('signs a change in the field’s unit: shares in points, years as years, money in 万元', () => {
    expect(formatChange('plan.pay.cityShare', 0.5, 0.45, 'zh-CN')).toBe('−5 个百分点');
    expect(formatChange('plan.building.projects["P1"].startYear', 2026, 2028, 'en')).toBe('+2 years');
    expect(formatChange('plan.budgets.city["2027"]', 10_000_000, 20_000_000, 'zh-CN')).toBe('+1,000 万元');
    expect(formatChange('plan.pay.cityShare', null, 0.45, 'zh-CN')).toBeNull();
    expect(formatChange('plan.hiring.capacityPerYear', 5, 5, 'zh-CN')).toBeNull();
  });
});

describe('choosing scenarios', () => {
  it('adds at the end, at most four, and removes', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(toggleId(['a', 'b', 'c'], 'a')).toEqual(['b', 'c']);
  });

  it('moves a new baseline to the front', () => {
    expect(makeBaseline(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
    expect(makeBaseline(['a', 'b'], 'z')).toEqual(['a', 'b']);
  });

  it('keeps ids from the address that the library has, once each', () => {
    expect(knownIds(['a', 'x', 'a', 'b'], new Set(['a', 'b']))).toEqual(['a', 'b']);
  });
});
