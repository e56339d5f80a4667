import { describe, expect, it } from 'vitest';
import type { Distribution, Scenario, UncertainInput } from '../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { validateScenario, type ValidationError } from './validateScenario';

function withInputs(...inputs: UncertainInput[]): Scenario {
  return { ...smallScenario(), uncertainty: { draws: 200, inputs } };
}

function errorsOf(s: unknown): ValidationError[] {
  const r = validateScenario(s);
  return r.ok ? [] : r.errors;
}

const growth = (distribution: Distribution): UncertainInput => ({ what: 'householdGrowth', distribution });

describe('the uncertainty block', () => {
  it('accepts one input per thing perturbed, each within what it allows', () => {
    const s = withInputs(
      growth({ kind: 'normal', mean: 0, sd: 0.005, min: -0.015, max: 0.015 }),
      { what: 'wageGrowth', distribution: { kind: 'triangular', min: -0.01, mode: 0, max: 0.02 } },
      { what: 'budget', payer: 'district', distribution: { kind: 'normal', mean: 1, sd: 0.08 } },
      { what: 'budget', payer: 'city', distribution: { kind: 'uniform', min: 0.9, max: 1.1 } },
      { what: 'buildingDelay', distribution: { kind: 'triangular', min: 0, mode: 0, max: 2 }, note: 'estimate' },
      { what: 'hiringSuccess', distribution: { kind: 'triangular', min: 0.7, mode: 0.9, max: 1 } },
    );
    expect(errorsOf(s)).toEqual([]);
  });

  it.each([
    {
      name: 'triangular mode outside min–max',
      input: growth({ kind: 'triangular', min: -0.01, mode: 0.02, max: 0.01 }),
      path: 'uncertainty.inputs[0].distribution.mode',
      en: 'must be from the minimum -0.01 to the maximum 0.01, got 0.02',
    },
    {
      name: 'uniform with max below min',
      input: growth({ kind: 'uniform', min: 0.01, max: -0.01 }),
      path: 'uncertainty.inputs[0].distribution.max',
      en: 'must be greater than the minimum 0.01, got -0.01',
    },
    {
      name: 'hiring success above 1',
      input: { what: 'hiringSuccess', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } } as UncertainInput,
      path: 'uncertainty.inputs[0].distribution.max',
      en: 'must be from 0 to 1 (what this input allows), got 1.2',
    },
    {
      name: 'normal bounds far out in a tail',
      input: growth({ kind: 'normal', mean: 0, sd: 0.001, min: 0.05, max: 0.06 }),
      path: 'uncertainty.inputs[0].distribution',
      en: 'the bounds [0.05, 0.06] lie more than 4 standard deviations from the mean 0, leaving almost nothing to draw; let them take in values near the mean',
    },
  ])('rejects $name', ({ input, path, en }) => {
    expect(errorsOf(withInputs(input))).toEqual([expect.objectContaining({ path, en })]);
  });

  it('rejects the same thing perturbed twice, and says where it first was', () => {
    const d: Distribution = { kind: 'uniform', min: 0.9, max: 1 };
    const errors = errorsOf(withInputs({ what: 'budget', payer: 'city', distribution: d }, { what: 'budget', payer: 'district', distribution: d }, { what: 'budget', payer: 'city', distribution: d }));
    expect(errors.map((e) => [e.path, e.en])).toEqual([['uncertainty.inputs[2].what', '"budget.city" is already perturbed by inputs[0]; give each thing one distribution']]);
  });

  it('bounds draws by shape: a whole number from 1 to 10,000, and a known distribution', () => {
    const s = withInputs(growth({ kind: 'uniform', min: 0, max: 0.01 }));
    expect(errorsOf({ ...s, uncertainty: { ...s.uncertainty, draws: 0 } }).map((e) => e.path)).toEqual(['uncertainty.draws']);
    expect(errorsOf({ ...s, uncertainty: { ...s.uncertainty, draws: 2.5 } }).map((e) => e.path)).toEqual(['uncertainty.draws']);
    const lognormal = { what: 'householdGrowth', distribution: { kind: 'lognormal', mean: 0, sd: 1 } };
    const typo = { what: 'budgett', payer: 'city', distribution: { kind: 'uniform', min: 0.9, max: 1 } };
    expect(errorsOf({ ...s, uncertainty: { draws: 10, inputs: [lognormal, typo] } }).map((e) => [e.path, e.en])).toEqual([
      ['uncertainty.inputs[0].distribution.kind', 'must be one of "normal", "triangular", "uniform", got text "lognormal"'],
      ['uncertainty.inputs[1].what', 'must be one of "householdGrowth", "wageGrowth", "buildingDelay", "hiringSuccess", "budget", got text "budgett"'],
    ]);
  });
});
