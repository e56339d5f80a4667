import { describe, expect, it } from 'vitest';
import type { Distribution, Uncertainty } from '../../../engine/scenario';
import { addableInputs, choiceKey, convertDistribution, fieldsOf, inputScale, inputUnit, newInput, noteIn } from './distributions';

describe('convertDistribution', () => {
  it.each<{ name: string; from: Distribution; kind: Distribution['kind']; expected: Distribution }>([
    {
      // bounds kept as the triangle's ends, the mean as its mode
      name: 'truncated normal → triangular',
      from: { kind: 'normal', mean: 1, sd: 0.08, min: 0.75, max: 1.15 },
      kind: 'triangular',
      expected: { kind: 'triangular', min: 0.75, mode: 1, max: 1.15 },
    },
    {
      // no bounds: mean ± 2 sd = 0 ± 0.01
      name: 'unbounded normal → uniform',
      from: { kind: 'normal', mean: 0, sd: 0.005 },
      kind: 'uniform',
      expected: { kind: 'uniform', min: -0.01, max: 0.01 },
    },
    {
      // sd = width / 4 = (1 − 0.7) / 4 = 0.075; mean = mode
      name: 'triangular → normal',
      from: { kind: 'triangular', min: 0.7, mode: 0.9, max: 1 },
      kind: 'normal',
      expected: { kind: 'normal', mean: 0.9, sd: 0.075, min: 0.7, max: 1 },
    },
    {
      // mode = centre = (0 + 2) / 2
      name: 'uniform → triangular',
      from: { kind: 'uniform', min: 0, max: 2 },
      kind: 'triangular',
      expected: { kind: 'triangular', min: 0, mode: 1, max: 2 },
    },
  ])('$name', ({ from, kind, expected }) => {
    const before = structuredClone(from);
    expect(convertDistribution(from, kind)).toEqual(expected);
    expect(from).toEqual(before);
  });

  it('returns the same object when the kind does not change', () => {
    const d: Distribution = { kind: 'uniform', min: 0, max: 1 };
    expect(convertDistribution(d, 'uniform')).toBe(d);
  });

  it('keeps a triangle’s mode inside its ends when the normal’s mean lies outside its bounds', () => {
    expect(convertDistribution({ kind: 'normal', mean: 2, sd: 1, min: 0, max: 1 }, 'triangular')).toEqual({ kind: 'triangular', min: 0, mode: 1, max: 1 });
  });
});

describe('uncertainty fields and inputs', () => {
  it('lists each kind’s fields, a normal’s bounds optional', () => {
    expect(fieldsOf('normal')).toEqual([
      { field: 'mean', optional: false },
      { field: 'sd', optional: false },
      { field: 'min', optional: true },
      { field: 'max', optional: true },
    ]);
    expect(fieldsOf('triangular').map((f) => f.field)).toEqual(['min', 'mode', 'max']);
    expect(fieldsOf('uniform').map((f) => f.field)).toEqual(['min', 'max']);
  });

  it('offers only the inputs not yet set, a budget once per payer', () => {
    const block: Uncertainty = { draws: 10, inputs: [newInput({ what: 'wageGrowth' }), newInput({ what: 'budget', payer: 'district' })] };
    const keys = addableInputs(block).map(choiceKey);
    expect(keys).toEqual(['householdGrowth', 'budget.city', 'budget.street', 'buildingDelay', 'hiringSuccess']);
    expect(addableInputs(undefined)).toHaveLength(7);
  });

  it('starts each new input at the plan as it stands (its neutral value)', () => {
    expect(newInput({ what: 'budget', payer: 'city' })).toEqual({ what: 'budget', payer: 'city', distribution: { kind: 'normal', mean: 1, sd: 0.05, min: 0.85, max: 1.15 } });
    expect(newInput({ what: 'householdGrowth' }).distribution).toMatchObject({ kind: 'normal', mean: 0 });
  });

  it('shows growth shifts in points, multipliers and shares in %, delays in years', () => {
    expect([inputScale('householdGrowth'), inputUnit('householdGrowth')]).toEqual([100, 'points']);
    expect([inputScale('budget'), inputUnit('budget')]).toEqual([100, 'percent']);
    expect([inputScale('hiringSuccess'), inputUnit('hiringSuccess')]).toEqual([100, 'percent']);
    expect([inputScale('buildingDelay'), inputUnit('buildingDelay')]).toEqual([1, 'years']);
  });

  it('picks the reader’s half of a "中文 / English" note, and shows any other note whole', () => {
    const note = '估计值：招聘完成70%–100% / estimate: 70–100% filled';
    expect(noteIn(note, 'zh-CN')).toBe('估计值：招聘完成70%–100%');
    expect(noteIn(note, 'en')).toBe('estimate: 70–100% filled');
    expect(noteIn('来自2024年统计', 'en')).toBe('来自2024年统计');
  });
});
