import { describe, expect, it } from 'vitest';
import { KEY_SERIES, KEY_SERIES_INFO, METRIC_IDS, METRIC_NAME, UNCERTAIN_INPUTS, UNCERTAIN_INPUT_NAME } from '../registry';
import { keySeriesName, metricName, uncertainInputName, verdictName } from './names';
import { expectBoth } from './bothLanguages';

describe('verdictName', () => {
  const cases = [
    {
      name: 'the target’s own label wins',
      verdict: { label: { zh: '用房全部达标', en: 'All housed' }, metric: 'spaceGap', districtName: '南县' },
      zh: '用房全部达标',
      en: 'All housed',
    },
    { name: 'a city-wide target goes by its metric', verdict: { metric: 'staffGap' }, zh: '专职工作者缺口（人）', en: 'Community worker gap (people)' },
    {
      name: 'a district’s target puts the district first',
      verdict: { metric: 'spaceGap', districtName: '南县' },
      zh: '南县：社区用房缺口（平方米）',
      en: '南县: Community floor-space gap (m²)',
    },
    { name: 'a metric the registry lacks shows its id', verdict: { metric: 'staffGapp' }, zh: 'staffGapp', en: 'staffGapp' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expectBoth((locale) => verdictName(c.verdict, locale), c);
    });
  }
});

describe('uncertainInputName', () => {
  it('names a budget input by its payer: the finance in Chinese, the level in English', () => {
    const input = { what: 'budget', payer: 'district', distribution: { kind: 'uniform', min: 0.8, max: 1 } } as const;
    expect(uncertainInputName(input, 'zh-CN')).toBe('区（县）级财政预算执行系数');
    expect(uncertainInputName(input, 'en')).toBe('district budget multiplier');
  });

  it('names any other input alone', () => {
    const input = { what: 'buildingDelay', distribution: { kind: 'uniform', min: 0, max: 2 } } as const;
    expect(uncertainInputName(input, 'zh-CN')).toBe('建设延期');
    expect(uncertainInputName(input, 'en')).toBe('building delay');
  });
});

describe('registry names', () => {
  // Two metrics (or series, or inputs) by one name would be told apart nowhere on screen.
  const tables = [
    { table: 'metrics', ids: METRIC_IDS, names: METRIC_NAME as Record<string, { zh: string; en: string }> },
    { table: 'key series', ids: KEY_SERIES, names: Object.fromEntries(KEY_SERIES.map((k) => [k, KEY_SERIES_INFO[k].name])) },
    { table: 'uncertain inputs', ids: UNCERTAIN_INPUTS, names: UNCERTAIN_INPUT_NAME as Record<string, { zh: string; en: string }> },
  ];
  for (const { table, ids, names } of tables) {
    it(`gives every one of the ${table} a name of its own in both languages`, () => {
      for (const lang of ['zh', 'en'] as const) {
        const shown = ids.map((id) => names[id][lang]);
        expect(shown.every((s) => s.trim() !== '')).toBe(true);
        expect(new Set(shown).size).toBe(ids.length);
      }
    });
  }

  it('renders by id', () => {
    expect(metricName('coverage.all5', 'en')).toBe('Share of residents within a 15-minute walk of all five life-circle facilities');
    expect(keySeriesName('spending.street', 'zh-CN')).toBe('街道财政支出');
  });
});
