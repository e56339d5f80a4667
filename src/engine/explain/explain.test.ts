import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { SERIES_NAME } from '../../registry/series';
import { SERIES } from '../projection';
import { runScenario } from '../run';
import { evaluateFormula, explain } from './index';
import type { Formula } from './types';

const input = (k: number): Formula => ({ input: k });
const num = (value: number): Formula => ({ const: value });

describe('figures explain their arithmetic and rule', () => {
  // NJ2007-15: 2,701 households need max(6, ⌈2701 / 300⌉) = 10 workers.
  const s = tinyCity([community({ id: 'C1', households: 2701, space: 400 })], {
    ruleSet: 'NJ2007',
    horizon: { baseYear: 2006, firstYear: 2007, lastYear: 2010 },
    overrides: { 'staffing.householdsPerWorker': 300, 'staffing.minPerCommunity': 6 },
  });
  const p = runScenario(s).projection;

  it('required workers', () => {
    const e = explain(p, 'entity/C1/2008/staffRequired');
    expect(e.subject).toEqual({ kind: 'series', series: 'staffRequired', entity: { id: 'C1', name: 'C1', level: 'community' }, year: 2008 });
    expect(e.value).toBe(10);
    expect(e.inputs.map((i) => [i.kind, i.value])).toEqual([
      ['households', 2701],
      ['householdsPerWorker', 300],
      ['minPerCommunity', 6],
    ]);
    expect(e.formula).toEqual({ op: 'max', args: [input(2), { op: 'ceil', args: [{ op: 'div', args: [input(0), input(1)] }] }] });
    expect(e.rules).toContain('NJ2007-15');
    expect(e.inputs[0].path).toBe('entity/C1/2008/households');
  });

  it('required space, with the per-100-households rule in force from 2010 (NJ2007-18b)', () => {
    // 2009: only the 300 m² minimum; 2010: max(300, 20 × 2,701 / 100 = 540.2) = 540.2
    expect(explain(p, 'entity/C1/2009/spaceRequired').value).toBe(300);
    const e = explain(p, 'entity/C1/2010/spaceRequired');
    expect(e.value).toBeCloseTo(540.2, 9);
    expect(e.inputs.map((i) => [i.kind, i.value])).toEqual([
      ['households', 2701],
      ['minSpace', 300],
      ['spacePerHundred', 20],
    ]);
    expect(e.formula).toEqual({ op: 'max', args: [input(1), { op: 'div', args: [{ op: 'mul', args: [input(2), input(0)] }, num(100)] }] });
    expect(e.rules).toEqual(expect.arrayContaining(['NJ2007-18a', 'NJ2007-18b']));
  });

  it('rejects a path it cannot read, naming the problem', () => {
    expect(() => explain(p, 'entity/NOPE/2008/staffRequired')).toThrow(/unknown entity "NOPE"/);
    expect(() => explain(p, 'funding/city/2031')).toThrow(/year 2031 outside 2007–2010/);
    expect(() => explain(p, 'funding/bank/2008')).toThrow(/unknown payer "bank"/);
  });
});

describe('households grow by the community\'s own rate', () => {
  // 2,619 × 1.0029^5 = 2,619 × 1.014585… = 2,657.2 → 2,657; the growth is an input the formula reads.
  const p = runScenario(tinyCity([community({ id: 'C1', households: 2619, growth: 0.0029 })])).projection;
  const e = explain(p, 'entity/C1/2030/households');

  it('reads the growth rate, the base households and the years since the base year', () => {
    expect(e.value).toBe(2657);
    expect(e.inputs.map((i) => [i.kind, i.value])).toEqual([
      ['baseHouseholds', 2619],
      ['growth', 0.0029],
      ['yearsSinceBase', 5],
    ]);
    expect(evaluateFormula(e.formula, e.inputs)).toBe(2657);
  });
});

describe('a rural community takes the rural minimum (GOV2020-3a)', () => {
  // Counted per community, with the ratio extended to villages, GOV2020 still sets no minimum for them:
  // 1,303 households at 350 per worker need ⌈3.72⌉ = 4, not 5.
  const overrides = { 'staffing.householdsPerWorker': 350, 'staffing.quotaByDistrict': 0, 'staffing.ratioUrbanOnly': 0 };
  const p = runScenario(tinyCity([community({ id: 'R1', kind: 'rural', households: 1303 })], { overrides })).projection;

  it('names the rural minimum among its inputs', () => {
    const e = explain(p, 'entity/R1/2026/staffRequired');
    expect(e.value).toBe(4);
    expect(e.inputs.find((i) => i.kind === 'minPerRuralCommunity')?.value).toBe(0);
    expect(evaluateFormula(e.formula, e.inputs)).toBe(4);
  });
});

describe("a village's floor space reads the villages' own ratio (GOV2020-4)", () => {
  // The scenario sets the rural ratio to 40 m² per 100 households, the urban one stays at 30:
  // max(500, 40 × 2,000 / 100 = 800) = 800 m², not max(500, 30 × 2,000 / 100 = 600) = 600.
  const overrides = { 'space.perHundredHouseholdsRural': 40 };
  const p = runScenario(tinyCity([community({ id: 'R1', kind: 'rural', households: 2000 })], { overrides })).projection;
  const e = explain(p, 'entity/R1/2026/spaceRequired');

  it('shows the rural ratio the requirement was worked from', () => {
    expect(e.value).toBe(800);
    expect(e.inputs.find((i) => i.kind === 'spacePerHundred')?.value).toBe(40);
    expect(evaluateFormula(e.formula, e.inputs)).toBe(800);
  });
});

describe('figures that follow no formula of their own say why', () => {
  const p = runScenario(tinyCity([community({ id: 'C1', staff: { inPost: 5, certified: 0, bachelor: 0 } })])).projection;

  it('a street pays no community working funds; its station is paid from its own establishment', () => {
    const e = explain(p, 'entity/S1/2026/cost/workingFunds/city');
    expect(e).toMatchObject({ value: 0, formula: num(0), note: 'communitiesOnly' });
  });

  it('a district has no posts of its own', () => {
    expect(explain(p, 'entity/D1/2026/staffRequired')).toMatchObject({ value: 0, formula: num(0), note: 'noPostsAtLevel' });
  });
});

describe('a payer total is the sum of its items', () => {
  // GOV2020-3b: 5 workers × 100,000 yuan × 100% of the benchmark × the district's half = 250,000.
  const p = runScenario(tinyCity([community({ id: 'C1', staff: { inPost: 5, certified: 0, bachelor: 0 } })])).projection;
  const e = explain(p, 'funding/district/2026');

  it('reads the parts that are not zero', () => {
    const pay = e.parts!.findIndex((x) => 'item' in x.of && x.of.item === 'staffPay');
    expect(e.parts![pay].value).toBe(250_000);
    expect(evaluateFormula(e.formula, e.inputs, e.parts)).toBe(e.value);
    expect(e.inputs.map((i) => i.kind)).toEqual(['budget']);
  });
});

describe('evaluateFormula', () => {
  const inputs = [{ value: 7 }, { value: 2 }, { value: null }];
  it.each<{ name: string; f: Formula; expected: number }>([
    { name: '7 × 2 = 14', f: { op: 'mul', args: [input(0), input(1)] }, expected: 14 },
    { name: '⌈7 / 2⌉ = 4', f: { op: 'ceil', args: [{ op: 'div', args: [input(0), input(1)] }] }, expected: 4 },
    { name: 'a quotient a hair above whole does not round up: ⌈(0.1 + 0.2) × 10⌉ = 3', f: { op: 'ceil', args: [{ op: 'mul', args: [{ op: 'add', args: [num(0.1), num(0.2)] }, num(10)] }] }, expected: 3 },
    { name: 'round(7 / 2) = 4', f: { op: 'round', args: [{ op: 'div', args: [input(0), input(1)] }] }, expected: 4 },
    { name: '2^7 = 128', f: { op: 'pow', args: [input(1), input(0)] }, expected: 128 },
    { name: 'max(0, 2 − 7) = 0', f: { op: 'max', args: [num(0), { op: 'sub', args: [input(1), input(0)] }] }, expected: 0 },
    { name: '2 < 7 ≤ 7 → 9', f: { op: 'if', args: [{ op: 'and', args: [{ op: 'lt', args: [input(1), input(0)] }, { op: 'le', args: [input(0), num(7)] }] }, num(9), num(0)] }, expected: 9 },
    { name: 'parts: 3 + 4 = 7', f: { op: 'sum', args: [{ part: 0 }, { part: 1 }] }, expected: 7 },
  ])('$name', ({ f, expected }) => expect(evaluateFormula(f, inputs, [{ value: 3 }, { value: 4 }])).toBe(expected));

  it('an input the rule set lacks gives NaN, never a figure', () => {
    expect(evaluateFormula({ op: 'add', args: [input(0), input(2)] }, inputs)).toBeNaN();
  });
});

it('the registry names every series of a run and the district quota', () => {
  expect(Object.keys(SERIES_NAME).sort()).toEqual([...SERIES, 'staffQuota'].sort());
});
