import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attemptFile, validateAttemptFile } from './attemptFile';
import { validateExercise } from './validateExercise';

const read = (id: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenarios/training/${id}.json`, import.meta.url)), 'utf8'));

describe('validateExercise', () => {
  it('accepts a built-in exercise and does not change its input', () => {
    const input = read('pay-split');
    const before = JSON.stringify(input);
    const checked = validateExercise(input);
    expect(checked.ok).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('rejects a broken file with every problem at its path, in both languages', () => {
    const input = read('staffing-by-households');
    input.title = { zh: '' };
    input.levers[0].path = 'plan.hiring.capacityPerYeer';
    input.objectives.push({ id: 'odds', kind: 'chance' });
    input.hints[0].rule = 'NJ2007-99';
    input.scenario.city.districts[0].streets[0].communities[1].households = -5;
    const checked = validateExercise(input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const paths = checked.errors.map((e) => e.path);
    expect(paths).toContain('title.zh');
    expect(paths).toContain('title.en');
    expect(paths).toContain('objectives[1].kind');
    expect(paths).toContain('scenario.city.districts[0].streets[0].communities[1].households');
    for (const e of checked.errors) {
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.en).toMatch(/[a-z]/);
    }
  });

  it('checks levers, objectives, hints, quiz and the reference plan against the scenario once the shape holds', () => {
    const input = read('community-funds');
    input.levers[0].max = 40000; // NJ2007-21a allows 20,000–30,000
    input.levers[2].path = 'plan.budgets.city'; // the scenario budgets only the street
    input.objectives[0].max = 1; // a floor and a ceiling at once
    input.hints[1].rule = 'NJ2007-99';
    input.quiz[0].year = 2030;
    input.reference.values['ruleSet.overrides["funds.cityPerCommunity"]'] = 45000; // beyond even the widened lever
    const checked = validateExercise(input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const byPath = new Map(checked.errors.map((e) => [e.path, e]));
    expect(byPath.get('levers[0].min')?.en).toContain('20000–30000');
    expect(byPath.get('levers[2].path')?.zh).toContain('预算');
    expect(byPath.get('objectives[0].max')?.en).toContain('exactly one');
    expect(byPath.get('hints[1].rule')?.en).toContain('NJ2007-99');
    expect(byPath.get('quiz[0].year')?.en).toContain('2007–2010');
    // The street budget is no longer a lever, and the city budget now lacks a reference value.
    expect(byPath.get('reference.values["plan.budgets.street"]')?.en).toContain('not a lever');
    expect(byPath.get('reference.values["plan.budgets.city"]')?.en).toContain('missing');
    expect([...byPath.keys()]).toContain('reference.values["ruleSet.overrides[\\"funds.cityPerCommunity\\"]"]');
  });

  it('reports a candidate facility in the wrong form under its lever', () => {
    const input = read('life-circle');
    input.levers[0].candidates[2].location = { lon: 118.7, lat: 32 };
    const checked = validateExercise(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((e) => e.path)).toContain('levers[0].candidates[2].location');
  });
});

describe('attempt files', () => {
  const checked = validateExercise(read('pay-split'));
  if (!checked.ok) throw new Error('pay-split does not validate');
  const exercise = checked.exercise;

  it('round-trips a trainee plan', () => {
    const file = attemptFile('pay-split', '李四', { 'plan.pay.cityShare': 0.5, 'plan.budgets.city': 2_400_000 }, Date.UTC(2026, 2, 1), { correct: 3, answered: 4 });
    const back = validateAttemptFile(JSON.parse(JSON.stringify(file)), exercise);
    expect(back).toEqual({ ok: true, attempt: file });
  });

  it('names the exercise a file is for and the levers it gets wrong', () => {
    const file = { ...attemptFile('floor-space', '王五', { 'plan.pay.cityShare': 2, 'plan.hiring.capacityPerYear': 3 }), version: 1 };
    const back = validateAttemptFile(file, exercise);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.errors.map((e) => e.path)).toEqual([
      'exerciseId',
      'values["plan.hiring.capacityPerYear"]',
      'values["plan.pay.cityShare"]',
      'values["plan.budgets.city"]',
    ]);
  });
});
