import { describe, expect, it } from 'vitest';
import { RESULTS } from '../../i18n/results';
import { column } from '../charts/table';
import { fundingByYear, fundingTable, itemsCarried, shareSeries, sharesTable, spaceTable, staffTable, supplySeries, toPercent } from './chartTables';
import { districtPanels, districtTable } from './districtData';
import { tinyView } from '../../fixtures/tinyView';

const zh = RESULTS['zh-CN'];
const en = RESULTS.en;
const pickZh = (t: { zh: string }) => t.zh;
const itemZh = (item: string) => ({ staffPay: '报酬', building: '建设' })[item] ?? item;

describe('unit conversions', () => {
  it('shares become percentages to 0.01', () => {
    expect(toPercent(1 / 3)).toBe(33.33);
    expect(toPercent(1)).toBe(100);
  });
});

describe('chart tables', () => {
  it('staff: one row per year, units in the header, gap from the summary', () => {
    const t = staffTable(tinyView(), zh);
    expect(t.header).toEqual(['年份', '应配专职工作者（人）', '在岗专职工作者（人）', '专职工作者缺口（人）']);
    expect(t.rows).toEqual([
      [2026, 18, 15, 3],
      [2027, 18, 17, 1],
    ]);
    expect(column(t, 2)).toEqual([15, 17]);
  });

  it('supply lines: required dashed in ink, what is there solid in blue, from the same table', () => {
    const { table, series } = supplySeries(tinyView(), zh, 'staff');
    expect(table.rows[0]).toEqual([2026, 18, 15, 3]);
    expect(series.map((s) => [s.key, s.label, s.values, s.dash])).toEqual([
      ['required', '应配专职工作者', [18, 18], '6 3'],
      ['supply', '在岗专职工作者', [15, 17], ''],
    ]);
  });

  it('space: m² rounded to 0.01 (1,500.456 → 1,500.46)', () => {
    expect(spaceTable(tinyView(), en).rows[0]).toEqual([2026, 1500.46, 1200]);
    expect(spaceTable(tinyView(), en).header[1]).toBe('Floor space required (m²)');
  });

  it('funding: a row per year and payer in 万元; items only for the lines a payer carries', () => {
    const view = tinyView();
    expect(itemsCarried(view)).toEqual(['staffPay', 'building']);
    const t = fundingTable(view, zh, itemZh);
    expect(t.header).toEqual(['年份', '出资方', '支出（万元）', '预算（万元）', '资金缺口（万元）', '因预算不足延后的支出（万元）', '报酬（万元）', '建设（万元）']);
    // district 2026: spent 650,000 yuan = 65 万 against a 50 万 budget, short 15 万
    expect(t.rows[1]).toEqual([2026, '区（县）级财政', 65, 50, 15, 0, 40, 25]);
    // street has no budget (null → empty cell) and carries neither item
    expect(t.rows[2]).toEqual([2026, '街道财政', 0, null, 0, 0, null, null]);
    // district 2027 spent within budget but left 30,000 yuan of hires or starts waiting: 3 万 deferred
    expect(t.rows[4].slice(0, 6)).toEqual([2027, '区（县）级财政', 42.5001, 50, 0, 3]);
    expect(t.keys).toBe(2);
  });

  it('funding by year: each payer spent and budget in 万元', () => {
    const [y2026, y2027] = fundingByYear(tinyView());
    expect(y2026.spent).toEqual({ city: 80, district: 65, street: 0 });
    expect(y2026.budget).toEqual({ city: 100, district: 50, street: null });
    expect(y2026.shortfall.district).toBe(15);
    expect(y2027.spent.district).toBe(42.5001);
    expect(y2027.deferred).toEqual({ city: 0, district: 3, street: 0 });
  });

  it('shares: only share metrics the rule set can compute, as %', () => {
    const view = tinyView();
    expect(shareSeries(view).map((s) => s.id)).toEqual(['staffingShareMet']);
    const t = sharesTable(view, zh, pickZh);
    expect(t.header).toEqual(['年份', '专职工作者配备达标比例（社区；按区县核定总量时为区县）（%）']);
    expect(t.rows).toEqual([
      [2026, 33.33],
      [2027, 66.67],
    ]);
  });

  it('districts: a row per district and year with both gaps and spending in 万元', () => {
    const t = districtTable(tinyView(), zh);
    expect(t.header).toEqual(['区（县）', '年份', '专职工作者缺口（人）', '用房缺口（平方米）', '支出（万元）']);
    expect(t.rows).toEqual([
      ['东区', 2026, 3, 300.46, 100],
      ['东区', 2027, 1, 0, 80.0001],
      ['西区', 2026, 0, 0, 45],
      ['西区', 2027, 0, 0, 47.5],
    ]);
  });

  it('district panels: one row per measure sharing a maximum', () => {
    const rows = districtPanels(tinyView());
    expect(rows.map((r) => [r.measure, r.unit, r.max])).toEqual([
      ['staffGap', 'person', 3],
      ['spaceGap', 'm2', 300.46],
      ['spending', 'yuan', 100],
    ]);
  });

  it('does not change the view', () => {
    const view = tinyView();
    const before = JSON.stringify(view, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    staffTable(view, zh);
    fundingTable(view, zh, itemZh);
    districtTable(view, zh);
    sharesTable(view, zh, pickZh);
    expect(JSON.stringify(view, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))).toBe(before);
  });
});
