import { describe, expect, it } from 'vitest';
import type { Target } from '../../../engine/scenario';
import { testScenario } from '../city/cityFixture';
import { readTypedNumber, shownUnitOfScale } from '../../../io/typedNumber';
import { toShown } from '../city/cellValue';
import { addTarget, changeMetric, defaultThreshold, newTarget, nextTargetId, removeTarget, ruleOf, scopeOf, withLabel, yearsOf } from './targetEdits';
import { comparison, metricName, thresholdScale } from './thresholdUnits';

const t = (id: string, over: Partial<Target> = {}): Target => ({ id, metric: 'staffingShareMet', threshold: 1, year: 2030, ...over });

describe('nextTargetId', () => {
  const cases: { name: string; ids: string[]; expected: string }[] = [
    { name: 'the first', ids: [], expected: 'T1' },
    { name: 'after the highest', ids: ['T1', 'T7', 'T3'], expected: 'T8' },
    { name: 'ids of another pattern are skipped', ids: ['staff-2030', 'space-90-2027'], expected: 'T1' },
    { name: 'mixed', ids: ['staff-2030', 'T2'], expected: 'T3' },
  ];
  for (const c of cases) it(c.name, () => expect(nextTargetId(c.ids.map((id) => t(id)))).toBe(c.expected));
});

describe('new targets', () => {
  it('every community staffed by the last year of the horizon', () => {
    expect(newTarget([t('T1')], { baseYear: 2025, firstYear: 2026, lastYear: 2030 })).toEqual({
      id: 'T2',
      metric: 'staffingShareMet',
      threshold: 1,
      year: 2030,
    });
  });
  it('adds and removes without touching the original', () => {
    const s = testScenario();
    const before = JSON.stringify(s);
    const { scenario, id } = addTarget(s);
    expect(id).toBe('T2');
    expect(scenario.targets.map((x) => x.id)).toEqual(['T1', 'T2']);
    expect(removeTarget(scenario, 0).targets.map((x) => x.id)).toEqual(['T2']);
    expect(JSON.stringify(s)).toBe(before);
    expect(scenario.city).toBe(s.city);
  });
  it('years of the horizon', () => expect(yearsOf({ baseYear: 2025, firstYear: 2026, lastYear: 2030 })).toEqual([2026, 2027, 2028, 2029, 2030]));
});

describe('changeMetric', () => {
  it('keeps the threshold within the same unit and direction', () => {
    expect(changeMetric(t('T1', { threshold: 0.9 }), 'spaceShareMet').threshold).toBe(0.9);
  });
  it('resets it across units: 90% is not 0.9 people', () => {
    expect(changeMetric(t('T1', { threshold: 0.9 }), 'staffGap')).toMatchObject({ metric: 'staffGap', threshold: 0 });
    expect(changeMetric(t('T1', { metric: 'fundingGap.city', threshold: 5e6 }), 'spaceHighShare').threshold).toBe(1);
  });
  it('leaves the rest of the target as it was', () => {
    const before = t('T1', { rule: 'GOV2020-3a', scope: { district: 'D01' } });
    expect(changeMetric(before, 'staffGap')).toMatchObject({ rule: 'GOV2020-3a', scope: { district: 'D01' }, year: 2030 });
  });
  it('default thresholds', () => {
    expect(defaultThreshold({ unit: 'share', better: 'higher' })).toBe(1);
    expect(defaultThreshold({ unit: 'yuan', better: 'lower' })).toBe(0);
  });
});

describe('optional fields', () => {
  it('a label with one language filled keeps the other empty', () => expect(withLabel(undefined, 'zh', ' 全部达标 ')).toEqual({ zh: '全部达标', en: '' }));
  it('a label with both languages cleared is left out', () => expect(withLabel({ zh: '', en: 'All' }, 'en', '')).toBeUndefined());
  it('the whole city has no scope', () => {
    expect(scopeOf('')).toBeUndefined();
    expect(scopeOf('D02')).toEqual({ district: 'D02' });
  });
  it('an empty rule is left out', () => {
    expect(ruleOf('  ')).toBeUndefined();
    expect(ruleOf(' NJ2007-15 ')).toBe('NJ2007-15');
  });
});

describe('threshold units', () => {
  const cases: { name: string; unit: Parameters<typeof thresholdScale>[0]; stored: number; shown: string }[] = [
    { name: 'a share in %', unit: 'share', stored: 0.95, shown: '95' },
    // 3,120,000 yuan / 10,000 = 312 万元
    { name: 'yuan in 万元', unit: 'yuan', stored: 3_120_000, shown: '312' },
    { name: 'people as they are', unit: 'person', stored: 600, shown: '600' },
    { name: 'm² as they are', unit: 'm2', stored: 1500, shown: '1500' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const scale = thresholdScale(c.unit);
      expect(toShown(c.stored, scale)).toBe(c.shown);
      expect(Number((readTypedNumber(c.shown, shownUnitOfScale(scale))! / scale).toPrecision(12))).toBe(c.stored);
    });
  }
  it('compares the way the metric is better', () => {
    expect(comparison('higher')).toBe('≥');
    expect(comparison('lower')).toBe('≤');
  });
});

describe('metricName', () => {
  const cases: [string, string][] = [
    ['区（县）级财政资金缺口（元）', '区（县）级财政资金缺口'],
    ['专职工作者缺口（人）', '专职工作者缺口'],
    ['Community worker gap (people)', 'Community worker gap'],
    ['专职工作者配备达标社区比例', '专职工作者配备达标社区比例'],
    ['Share of street centres at the high tier', 'Share of street centres at the high tier'],
  ];
  for (const [label, expected] of cases) it(label, () => expect(metricName(label)).toBe(expected));
});
