import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import type { Scenario } from '../../../engine/scenario';
import type { FanSeries, TargetOdds } from '../../../engine/uncertainty/summariseDraws';
import type { TornadoBar } from '../../../engine/uncertainty/tornado';
import { fanTable, fanWorthShowing, inputName, oddsTable, tornadoDomain, tornadoState, tornadoTable } from './drawTables';

const scenario: Scenario = {
  ...tinyCity([community({ id: 'A' })], {
    targets: [
      { id: 'gap', metric: 'staffGap', threshold: 600, year: 2028, label: { zh: '缺口不超过600人', en: 'Gap of 600 or fewer' } },
      { id: 'space', metric: 'spaceShareMet', threshold: 0.9, year: 2027 },
    ],
  }),
  uncertainty: {
    draws: 40,
    inputs: [
      { what: 'hiringSuccess', distribution: { kind: 'triangular', min: 0.7, mode: 0.9, max: 1 } },
      { what: 'budget', payer: 'district', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } },
    ],
  },
};

const fan = (p: number) => ({ p5: p - 2, p25: p - 1, p50: p, p75: p + 1, p95: p + 2, mean: p });

describe('odds table', () => {
  it('has a row per target: threshold and spread in the metric’s shown unit, probability in %', () => {
    const odds: TargetOdds[] = [
      { targetId: 'gap', probability: 0.2, metDraws: 8, value: fan(700) },
      { targetId: 'space', probability: 0.925, metDraws: 37, value: { p5: 0.8, p25: 0.85, p50: 0.9, p75: 0.95, p95: 1, mean: 0.9 } },
    ];
    const t = oddsTable(odds, scenario, 40, 'zh-CN');
    expect(t.header).toEqual(['目标', '年份', '目标值', '达成概率（%）', '达标抽样', 'P5', 'P50', 'P95', '单位']);
    expect(t.rows).toEqual([
      ['缺口不超过600人', 2028, 600, 20, '8/40', 698, 700, 702, '人'],
      // a share: 0.9 → 90 (%)
      ['space', 2027, 90, 92.5, '37/40', 80, 90, 100, '%'],
    ]);
  });
});

describe('fan table', () => {
  it('shows money in 万元 with the unit in every header, one row per year', () => {
    const spending: FanSeries = {
      name: 'spending.city',
      unit: 'yuan',
      better: 'neither',
      years: [fan(3_000_000), { p5: NaN, p25: NaN, p50: NaN, p75: NaN, p95: NaN, mean: NaN }],
    };
    const t = fanTable(spending, [2026, 2027], 'zh-CN');
    expect(t.header[1]).toBe('P5（万元）');
    // 3,000,000 yuan = 300 万元; 2 yuan either side is 0.0002 万元
    expect(t.rows[0]).toEqual([2026, 299.9998, 299.9999, 300, 300.0001, 300.0002, 300]);
    expect(t.rows[1]).toEqual([2027, null, null, null, null, null, null]);
  });

  it('leaves out a series with nothing but zeros (a payer that spends nothing)', () => {
    const zero = { p5: 0, p25: 0, p50: 0, p75: 0, p95: 0, mean: 0 };
    const street: FanSeries = { name: 'spending.street', unit: 'yuan', better: 'neither', years: [zero, zero] };
    expect(fanWorthShowing(street)).toBe(false);
    expect(fanWorthShowing({ ...street, years: [zero, { ...zero, p95: 1 }] })).toBe(true);
  });
});

describe('tornado', () => {
  const bars: TornadoBar[] = [
    { input: 'hiringSuccess', inputLow: 0.75, inputHigh: 0.97, valueLow: 900, valueHigh: 500, swing: -400, metLow: 0, metHigh: 0.75 },
    { input: 'budget.district', inputLow: 0.84, inputHigh: 1.16, valueLow: 690, valueHigh: 710, swing: 20, metLow: 0.25, metHigh: 0.25 },
  ];

  it('names each input as the scenario has it and shows its percentiles in its own unit', () => {
    expect(inputName(scenario, 'budget.district', 'zh-CN')).toBe('区（县）级财政预算执行系数');
    const t = tornadoTable(bars, scenario, 'person', 'zh-CN');
    expect(t.rows[0]).toEqual(['招聘完成率', '75%', '97%', 900, 500, -400, 0, 75]);
    expect(t.header[5]).toBe('摆幅（高组 − 低组）（人）');
  });

  it('spans every bar and the centre, with a twentieth of the span to spare', () => {
    // 500…900, 5% of 400 = 20 each side
    expect(tornadoDomain(bars, 700)).toEqual([480, 920]);
  });

  it('tells bars from a flat target and from one with no values', () => {
    expect(tornadoState(bars)).toBe('drawn');
    const flat = bars.map((b) => ({ ...b, valueLow: 0, valueHigh: 0, swing: 0 }));
    expect(tornadoState(flat)).toBe('flat');
    const none = bars.map((b) => ({ ...b, valueLow: NaN, valueHigh: NaN, swing: NaN }));
    expect(tornadoState(none)).toBe('none');
  });
});
