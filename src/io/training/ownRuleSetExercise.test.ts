import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyOfBuiltIn } from '../../engine/authoredCopy';
import { validateExercise } from './validateExercise';

const read = (id: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenarios/training/${id}.json`, import.meta.url)), 'utf8'));

/** The staffing exercise set on a city's own copy of NJ2007, its clauses cited by the set's own ids. */
function onOwnRules() {
  const input = read('staffing-by-households');
  const custom = copyOfBuiltIn('NJ2007', 'JX2027', { zh: '江城 2027', en: 'Jiangcheng 2027' });
  const doc = custom.documents.find((d) => d.clauses.some((c) => c.id === 'NJ2007-15'))!;
  doc.clauses.find((c) => c.id === 'NJ2007-15')!.id = 'JX2027-15';
  for (const p of Object.values(custom.parameters)) for (const ref of p?.reference ?? []) if (ref.rule === 'NJ2007-15') ref.rule = 'JX2027-15';
  input.scenario.ruleSet = { ...input.scenario.ruleSet, id: 'JX2027', custom };
  input.rules = ['JX2027-15'];
  for (const item of [...input.levers, ...input.hints, ...input.objectives]) if (item.rule) item.rule = 'JX2027-15';
  return input;
}

describe('an exercise on an authored rule set', () => {
  it('validates, its reference plan meeting the objectives under the carried rules, with clauses cited from the set', () => {
    const checked = validateExercise(onOwnRules());
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(checked.ok && checked.exercise.scenario.ruleSet.custom?.id).toBe('JX2027');
  });

  it('refuses a clause that neither the library nor the carried set has', () => {
    const input = onOwnRules();
    input.hints[0].rule = 'JX2027-99';
    const checked = validateExercise(input);
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['hints[0].rule']);
  });
});
