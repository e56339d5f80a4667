import { describe, expect, it } from 'vitest';
import type { EntityRef, ExplainInput, Explanation, Formula, InputKind } from '../engine/explain/types';
import type { Unit } from '../registry/units';
import { renderExplanation } from './explain';
import { formatExplainValue } from './explainValues';

const input = (k: number): Formula => ({ input: k });
const num = (value: number): Formula => ({ const: value });
const op = (name: Extract<Formula, { op: unknown }>['op'], ...args: Formula[]): Formula => ({ op: name, args });
const i = (kind: InputKind, value: number | null, unit: Unit, more: Partial<ExplainInput> = {}): ExplainInput => ({ kind, value, unit, ...more });
const community: EntityRef = { id: 'C1', name: '阳洲社区', level: 'community' };

function x(over: Partial<Explanation> & Pick<Explanation, 'value' | 'unit' | 'inputs' | 'formula'>): Explanation {
  return { path: 'entity/C1/2030/households', subject: { kind: 'series', series: 'households', entity: community, year: 2030 }, rules: [], ...over };
}

describe('households grown by a small rate keep the rate in the formula', () => {
  // 2,619 × 1.0029^5 = 2,657.2 → 2,657; a growth of 0.29% must not read as 0.
  const e = x({
    value: 2657,
    unit: 'household',
    inputs: [i('baseHouseholds', 2619, 'household'), i('growth', 0.0029, 'rate'), i('yearsSinceBase', 5, 'year')],
    formula: op('round', op('mul', input(0), op('pow', op('add', num(1), input(1)), input(2)))),
  });

  it.each([
    { locale: 'zh-CN' as const, title: '阳洲社区：户数（2030）', value: '2,657 户', growth: ['年增长率', '0.29%'] },
    { locale: 'en' as const, title: '阳洲社区: households (2030)', value: '2,657 households', growth: ['annual growth', '0.29%'] },
  ])('$locale', ({ locale, title, value, growth }) => {
    const r = renderExplanation(e, locale);
    expect(r.title).toBe(title);
    expect(r.value).toBe(value);
    expect(r.formula).toBe('round(2,619 × (1 + 0.29%)^5) = 2,657');
    expect([r.inputs[1].label, r.inputs[1].value]).toEqual(growth);
    expect(r.moneyInWan).toBe(false);
  });
});

describe('requirements', () => {
  it('workers: NJ2007-15, max(6, ⌈2,701 / 300⌉) = 10', () => {
    const e = x({
      value: 10,
      unit: 'person',
      inputs: [i('households', 2701, 'household', { path: 'entity/C1/2008/households' }), i('householdsPerWorker', 300, 'household'), i('minPerCommunity', 6, 'person')],
      formula: op('max', input(2), op('ceil', op('div', input(0), input(1)))),
    });
    const r = renderExplanation(e, 'zh-CN');
    expect(r.formula).toBe('max(6, ⌈2,701 / 300⌉) = 10');
    expect(r.inputs[0]).toEqual({ label: '户数', value: '2,701 户', path: 'entity/C1/2008/households' });
  });

  it('space: NJ2007-18b, max(300, 20 × 2,701 / 100) = 540.2', () => {
    const e = x({
      value: 540.2,
      unit: 'm2',
      inputs: [i('households', 2701, 'household'), i('minSpace', 300, 'm2'), i('spacePerHundred', 20, 'm2PerHundredHouseholds')],
      formula: op('max', input(1), op('div', op('mul', input(2), input(0)), num(100))),
    });
    expect(renderExplanation(e, 'en').formula).toBe('max(300, 20 × 2,701 / 100) = 540.2');
    expect(renderExplanation(e, 'en').inputs[2].value).toBe('20 m² per 100 households');
  });

  it('a subtraction of a sum keeps its parentheses: 10 − (3 + 2) = 5', () => {
    const e = x({ value: 5, unit: 'person', inputs: [], formula: op('sub', num(10), op('add', num(3), num(2))) });
    expect(renderExplanation(e, 'en').formula).toBe('10 − (3 + 2) = 5');
  });
});

describe('money reads in 万元', () => {
  // GOV2020-3b: 6 workers × 123,600 yuan × the city's 50% = 370,800 yuan = 37.08 万元.
  const pay = x({
    subject: { kind: 'entityCost', item: 'staffPay', payer: 'city', entity: community, year: 2026 },
    value: 370_800,
    unit: 'yuan',
    inputs: [i('inPost', 6, 'person'), i('payPerWorker', 123_600, 'yuanPerPerson'), i('payerShare', 0.5, 'share')],
    formula: op('mul', input(0), input(1), input(2)),
  });

  it('in a cost formula', () => {
    const zh = renderExplanation(pay, 'zh-CN');
    expect(zh.title).toBe('阳洲社区：专职工作者报酬（市级财政，2026）');
    expect(zh.formula).toBe('6 × 12.36 × 50% = 37.08');
    expect(zh.value).toBe('37.08 万元');
    expect(zh.inputs.map((i) => i.value)).toEqual(['6 人', '12.36 万元/人·年', '50%']);
    expect(zh.moneyInWan).toBe(true);
    expect(renderExplanation(pay, 'en').title).toBe('阳洲社区: worker pay (city finance, 2026)');
  });

  it('a price per m² stays in yuan: 483.6 m² × 5,000 元/m² = 2,418,000 yuan = 242 万元 (whole 万 from 100 up)', () => {
    const e = x({
      value: 2_418_000,
      unit: 'yuan',
      inputs: [i('programmeArea', 483.6, 'm2'), i('programmeCostPerM2', 5000, 'yuanPerM2')],
      formula: op('mul', input(0), input(1)),
    });
    expect(renderExplanation(e, 'zh-CN').formula).toBe('483.6 × 5,000 元/平方米 = 242');
  });

  it('a payer total names its parts: 303,314,400 + 23,400,000 = 326,714,400 yuan', () => {
    const total = x({
      path: 'funding/city/2026',
      subject: { kind: 'payerTotal', payer: 'city', year: 2026 },
      value: 326_714_400,
      unit: 'yuan',
      inputs: [i('budget', 400_000_000, 'yuan')],
      parts: [
        { path: 'funding/city/2026/staffPay', value: 303_314_400, of: { item: 'staffPay' } },
        { path: 'funding/city/2026/workerSubsidy', value: 0, of: { item: 'workerSubsidy' } },
        { path: 'funding/city/2026/workingFunds', value: 23_400_000, of: { item: 'workingFunds' } },
      ],
      formula: op('sum', { part: 0 }, { part: 2 }),
    });
    const r = renderExplanation(total, 'zh-CN');
    expect(r.title).toBe('市级财政 2026 年支出');
    expect(r.formula).toBe('专职工作者报酬 30,331 + 社区工作经费 2,340 = 32,671');
    expect(r.inputs).toEqual([{ label: '预算', value: '40,000 万元' }]);
    expect(r.parts.map((p) => [p.label, p.number])).toEqual([
      ['专职工作者报酬', '30,331'],
      ['公共服务项目定向补助', '0'],
      ['社区工作经费', '2,340'],
    ]);
    expect(r.partsUnit).toBe('万元');
    expect(renderExplanation(total, 'en').formula).toBe('worker pay 30,331 + community working funds 2,340 = 32,671');
  });

  it('a sum of many parts is named by their count', () => {
    const parts = Array.from({ length: 12 }, (_, k) => ({ path: `entity/C${k}/2026/households`, value: 100, of: { entity: { ...community, id: `C${k}` } } }));
    const e = x({ value: 1200, unit: 'household', inputs: [], parts, formula: op('sum', ...parts.map((_, k) => ({ part: k }))) });
    expect(renderExplanation(e, 'zh-CN').formula).toBe('12 项之和 = 1,200');
    expect(renderExplanation(e, 'en').formula).toBe('the sum of 12 parts = 1,200');
  });
});

describe('a reward is paid when its conditions hold (NJ2007-21b)', () => {
  const inputs = (before: number): ExplainInput[] => [
    i('rewardThreshold', 400, 'm2'),
    i('rewardAmount', 90_000, 'yuan'),
    i('year', 2008, 'year'),
    i('rewardFirstYear', 2007, 'year'),
    i('rewardLastYear', 2010, 'year'),
    i('spaceBefore', before, 'm2'),
    i('space', 420, 'm2'),
  ];
  const formula = op('if', op('and', op('le', input(3), input(2)), op('le', input(2), input(4)), op('lt', input(5), input(0)), op('le', input(0), input(6))), input(1), num(0));

  it('newly reaching the threshold: 9 万元', () => {
    expect(renderExplanation(x({ value: 90_000, unit: 'yuan', inputs: inputs(300), formula }), 'zh-CN').formula).toBe('2007 ≤ 2008 ≤ 2010，300 < 400 ≤ 420 → 9');
  });

  it('already above it the year before: nothing', () => {
    expect(renderExplanation(x({ value: 0, unit: 'yuan', inputs: inputs(400), formula }), 'en').formula).toBe('not met: 2007 ≤ 2008 ≤ 2010, 400 < 400 ≤ 420 → 0');
  });
});

describe('coverage', () => {
  // 3,000 of 4,000 residents within 10 minutes × 100 m per minute / 1 = 1,000 m.
  const e = x({
    path: 'coverage/elderly/2030/district/D1',
    subject: { kind: 'coverage', key: 'elderly', year: 2030, walkMinutes: 10, district: { id: 'D1', name: '云洲区', level: 'district' } },
    value: 0.75,
    unit: 'share',
    inputs: [i('coveredResidents', 3000, 'person'), i('residents', 4000, 'person'), i('walkMinutes', 10, 'minute'), i('walkSpeed', 100, 'metrePerMinute'), i('detourFactor', 1, 'factor')],
    formula: op('div', input(0), input(1)),
    derived: [{ what: 'straightLineReach', value: 1000, unit: 'metre', formula: op('div', op('mul', input(2), input(3)), input(4)) }],
  });

  it.each([
    { locale: 'zh-CN' as const, title: '云洲区：步行 10 分钟可达居家养老服务站的居民比例（2030）', reach: '步行可达半径（直线）：10 × 100 / 1 = 1,000 米' },
    { locale: 'en' as const, title: '云洲区: residents within a 10-minute walk of a home-care station for the elderly (2030)', reach: 'walking reach (straight line): 10 × 100 / 1 = 1,000 m' },
  ])('$locale', ({ locale, title, reach }) => {
    const r = renderExplanation(e, locale);
    expect(r.title).toBe(title);
    expect(r.formula).toBe('3,000 / 4,000 = 75%');
    expect(r.derived).toEqual([reach]);
  });
});

describe('inputs and notes', () => {
  it('an input of one facility or project names it', () => {
    const e = x({
      value: 2_000_000,
      unit: 'yuan',
      inputs: [i('facilityCapital', 2_000_000, 'yuan', { of: { id: 'F1', name: '便民市场' } }), i('projectArea', 300, 'm2', { of: { id: 'P3' } })],
      formula: input(0),
    });
    expect(renderExplanation(e, 'zh-CN').inputs.map((i) => i.label)).toEqual(['便民市场（F1）建设投资', '项目 P3：开工面积']);
    expect(renderExplanation(e, 'en').inputs.map((i) => i.label)).toEqual(['便民市场 (F1) capital cost', 'project P3: m² started']);
  });

  it('a figure that is zero by rule says why, and writes no "0 = 0"', () => {
    const r = renderExplanation(x({ value: 0, unit: 'person', inputs: [], formula: num(0), note: 'notEstablished' }), 'zh-CN');
    expect(r.formula).toBe('0');
    expect(r.note).toMatch(/尚未达到设立社区居委会的入住率/);
  });
});

describe('values with their units', () => {
  it.each([
    { name: 'yuan in 万元', value: 430_000_000, unit: 'yuan' as const, locale: 'zh-CN' as const, expected: '43,000 万元' },
    { name: 'yuan in 万 (en)', value: 590_072.58, unit: 'yuan' as const, locale: 'en' as const, expected: '59.01万 (10,000 yuan)' },
    { name: 'people', value: 5, unit: 'person' as const, locale: 'zh-CN' as const, expected: '5 人' },
    { name: 'households grouped', value: 1556, unit: 'household' as const, locale: 'zh-CN' as const, expected: '1,556 户' },
    { name: 'share as %', value: 0.5, unit: 'share' as const, locale: 'zh-CN' as const, expected: '50%' },
    { name: 'a rate above 1% to 0.01%', value: 0.0125, unit: 'rate' as const, locale: 'en' as const, expected: '1.25%' },
    { name: 'a rate below 1% to three digits', value: 0.000334, unit: 'rate' as const, locale: 'en' as const, expected: '0.0334%' },
    { name: 'price per m² stays in yuan', value: 3500, unit: 'yuanPerM2' as const, locale: 'zh-CN' as const, expected: '3,500 元/平方米' },
    { name: 'a year is not grouped', value: 2026, unit: 'year' as const, locale: 'en' as const, expected: '2026' },
    { name: 'a street class is a bare number', value: 2, unit: 'count' as const, locale: 'zh-CN' as const, expected: '2' },
    { name: 'null: the rule set lacks the rule', value: null, unit: 'person' as const, locale: 'zh-CN' as const, expected: '规则集无此条款' },
  ])('$name', ({ value, unit, locale, expected }) => expect(formatExplainValue(value, unit, locale)).toBe(expected));
});
