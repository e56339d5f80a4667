import { describe, expect, it } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { compare } from './compare';
import { community, tinyCity } from '../fixtures/tinyCity';
import { keySeriesOf } from './keySeries';
import { runScenario } from './run';
import type { Scenario } from './scenario';

/**
 * 20 workers at 100,000 yuan: 2,000,000 yuan of pay a year, the city paying its share s (GOV2020-3b's
 * 5:5 unless the plan says otherwise). The city and the district have 1,200,000 each in 2026.
 */
function pay(name: string, cityShare?: number): Scenario {
  const staffed = { inPost: 10, certified: 0, bachelor: 0 };
  const s = tinyCity([community({ id: 'A', staff: staffed }), community({ id: 'B', staff: staffed })], {
    plan: { budgets: { city: { '2026': 1_200_000 }, district: { '2026': 1_200_000 } }, ...(cityShare !== undefined && { pay: { perWorker: 100_000, growth: 0, cityShare } }) },
    targets: [{ id: 'no-gap-2026', metric: 'fundingGap.total', threshold: 0, year: 2026, label: { zh: '2026年无资金缺口', en: 'No shortfall in 2026' } }],
  });
  return { ...s, name };
}

describe('compare', () => {
  const c = compare([pay('基准方案'), pay('改革方案', 0.6), pay('激进方案', 0.7)]);

  it('counts targets met and says so in a sentence per scenario, money in 万元', () => {
    expect(c.met).toEqual([{ met: 1, of: 1 }, { met: 1, of: 1 }, { met: 0, of: 1 }]);
    // s = 0.6: the city pays 1,200,000 instead of 1,000,000 a year, 200,000 × 5 years = 1,000,000 = 100万 more.
    expect(c.titles[0]).toEqual({ name: '基准方案', met: 1, of: 1, span: [2026, 2030] });
    expect(c.titles[1]).toEqual({ name: '改革方案', met: 1, of: 1, more: 0, span: [2026, 2030], spending: { payer: 'city', delta: 1_000_000 } });
    // s = 0.7: 400,000 × 5 = 2,000,000 = 200万 more, and 1,400,000 − 1,200,000 short in 2026.
    expect(c.titles[2]).toMatchObject({ met: 0, more: -1, spending: { payer: 'city', delta: 2_000_000 } });
    const district = c.spending.find((x) => x.payer === 'district')!.delta;
    [0, -1_000_000, -2_000_000].forEach((d, k) => expect(district[k]).toBeCloseTo(d, 6));
  });

  it('puts verdicts side by side by target id', () => {
    expect(c.targets).toEqual([
      {
        targetId: 'no-gap-2026',
        label: { zh: '2026年无资金缺口', en: 'No shortfall in 2026' },
        cells: [
          { met: true, value: 0 },
          { met: true, value: 0 },
          { met: false, value: 200_000 },
        ],
      },
    ]);
  });

  it('lists each lever that differs, with every scenario’s value and a label', () => {
    expect(c.differences).toEqual([{ path: 'plan.pay.cityShare', field: { kind: 'plan', field: 'pay.cityShare' }, values: [null, 0.6, 0.7] }]);
  });

  it('computes differences of the key series as the two runs subtracted', () => {
    const base = demoScenario();
    const reform: Scenario = {
      ...base,
      name: 'reform',
      plan: { ...base.plan, hiring: { ...base.plan.hiring, capacityPerYear: 700 }, budgets: { ...base.plan.budgets, district: { ...base.plan.budgets.district, '2027': 900_000_000 } } },
      ruleSet: { id: 'GOV2020', overrides: { 'staffing.householdsPerWorker': 320 } },
    };
    const cmp = compare([base, reform]);
    const a = keySeriesOf(runScenario(base).projection);
    const b = keySeriesOf(runScenario(reform).projection);
    expect(cmp.series.map((s) => s.name)).toEqual(Object.keys(a));
    for (const s of cmp.series) {
      expect(s.delta[0]).toBeNull();
      expect(Array.from(s.delta[1]!)).toEqual(Array.from(b[s.name]!).map((x, y) => x - a[s.name]![y]));
    }
    expect(cmp.differences.map((d) => [d.path, d.field])).toEqual([
      ['ruleSet.overrides["staffing.householdsPerWorker"]', { kind: 'rule', key: 'staffing.householdsPerWorker', label: expect.objectContaining({ zh: '每名专职社区工作者对应户数' }) }],
      ['plan.hiring.capacityPerYear', { kind: 'plan', field: 'hiring.capacityPerYear' }],
      ['plan.budgets.district["2027"]', { kind: 'budget', payer: 'district', year: '2027' }],
    ]);
  });

  it('takes two to four scenarios', () => {
    expect(() => compare([pay('a')])).toThrow(/2 to 4/);
    expect(() => compare([1, 2, 3, 4, 5].map((k) => pay(String(k))))).toThrow(/2 to 4/);
  });
});
