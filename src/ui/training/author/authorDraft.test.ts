import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import type { Scenario } from '../../../engine/scenario';
import { validateExercise } from '../../../io/training/validateExercise';
import { defaultLever, emptyDraft, exerciseFromDraft, numberLeverPaths } from './authorDraft';

const scenario: Scenario = tinyCity([community({ id: 'A', households: 3000, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
  ruleSet: 'NJ2007',
  plan: { hiring: { capacityPerYear: 4, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 }, budgets: { district: { '2026': 900_000, '2027': 900_000, '2028': 900_000, '2029': 900_000, '2030': 900_000 } } },
  targets: [{ id: 'staff', metric: 'staffingShareMet', threshold: 1, year: 2028, rule: 'NJ2007-15' }],
});

describe('authoring', () => {
  it('offers only levers the scenario has a value for', () => {
    const paths = numberLeverPaths(scenario);
    expect(paths).toContain('plan.hiring.capacityPerYear');
    expect(paths).toContain('plan.budgets.district');
    expect(paths).not.toContain('plan.budgets.city');
    // NJ2007-21a's range 20,000–30,000 becomes the lever's range.
    expect(defaultLever(scenario, 'ruleSet.overrides["funds.cityPerCommunity"]')).toMatchObject({ min: 20_000, max: 30_000, start: 20_000 });
  });

  it('makes a valid exercise whose reference is the scenario and whose start is the author’s', () => {
    const draft = emptyDraft(scenario);
    Object.assign(draft, {
      id: 'my-exercise',
      title: { zh: '练习', en: 'Exercise' },
      summary: { zh: '简介', en: 'Summary' },
      brief: { zh: '情境', en: 'Situation' },
      reasoning: { zh: '理由', en: 'Reasoning' },
      levers: [{ ...defaultLever(scenario, 'plan.hiring.capacityPerYear'), start: 1 }],
      ceilings: { city: null, district: 5_000_000, street: null },
      hints: [{ rule: 'NJ2007-15', zh: '每300户1人', en: 'One per 300 households' }],
    });
    const file = exerciseFromDraft(scenario, draft);
    const checked = validateExercise(file);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    if (!checked.ok) return;
    expect(checked.exercise.scenario.plan.hiring.capacityPerYear).toBe(1);
    expect(checked.exercise.reference.values).toEqual({ 'plan.hiring.capacityPerYear': 4 });
    expect(checked.exercise.objectives.map((o) => o.id)).toEqual(['targets', 'ceiling-district']);
    expect(checked.exercise.rules).toEqual(['NJ2007-15']);
    expect(scenario.plan.hiring.capacityPerYear).toBe(4);
  });

  it('reports an id that cannot name a page', () => {
    const draft = { ...emptyDraft(scenario), levers: [defaultLever(scenario, 'plan.hiring.capacityPerYear')], id: 'My Exercise', title: { zh: 'a', en: 'a' }, summary: { zh: 'a', en: 'a' }, brief: { zh: 'a', en: 'a' }, reasoning: { zh: 'a', en: 'a' } };
    const checked = validateExercise(exerciseFromDraft(scenario, draft));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.find((e) => e.path === 'id')?.en).toContain('lower-case');
  });
});
