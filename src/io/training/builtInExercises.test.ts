/**
 * Every exercise shipped in scenarios/training: it validates, its reference plan meets every objective
 * and its starting plan does not (so there is something to learn), and every clause it quotes exists.
 * Runs the engine as the page's worker does: run, build the run view, judge the objectives on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyLevers, buildRunView, runDraws, runScenario, startingValues } from '../../engine/index';
import { buildQuiz, evaluateObjectives, needsDraws, type Exercise, type LeverValues } from '../../engine/training/index';
import { formatErrors } from '../validateScenario';
import { validateExercise } from './validateExercise';

const dir = fileURLToPath(new URL('../../../scenarios/training/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function judge(exercise: Exercise, values: LeverValues) {
  const scenario = applyLevers(exercise.scenario, exercise.levers, values);
  const view = buildRunView(runScenario(scenario), scenario);
  const draws = needsDraws(exercise.objectives);
  return { view, results: evaluateObjectives(exercise.objectives, view, draws > 0 ? runDraws(scenario, 0, draws) : null) };
}

function load(file: string): Exercise {
  const checked = validateExercise(JSON.parse(readFileSync(dir + file, 'utf8')));
  if (!checked.ok) throw new Error(`${file}\n${formatErrors(checked.errors, 'en')}`);
  return checked.exercise;
}

describe('built-in exercises', () => {
  it('are at least six, with distinct ids and orders, covering the topics of the course', () => {
    const all = files.map(load);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.order)).size).toBe(all.length);
    // The file is named after its id, so a link to #/training/<id> finds it.
    all.forEach((e, k) => expect(files[k]).toBe(`${e.id}.json`));
    const rules = new Set(all.flatMap((e) => [...e.rules, ...e.hints.map((h) => h.rule)]));
    for (const r of ['NJ2007-15', 'GOV2020-3b', 'GOV2020-4', 'NJ2007-18c', 'NJ2007-21a', 'NJ2007-22', 'QY-8', 'QY-17', 'GOV2020-4b']) expect(rules).toContain(r);
    expect(all.some((e) => e.objectives.some((o) => o.kind === 'probability'))).toBe(true);
    expect(all.some((e) => e.scenario.city.spatial && e.levers.some((l) => l.path === 'plan.facilities'))).toBe(true);
  });

  describe.each(files)('%s', (file) => {
    const exercise = load(file);

    it('has a reference plan that meets every objective', () => {
      const { results } = judge(exercise, exercise.reference.values);
      expect(results.filter((r) => r.met !== true).map((r) => `${r.id}: ${r.value} vs ${r.bound}`)).toEqual([]);
    });

    it('starts from a plan that misses at least one objective', () => {
      const { results } = judge(exercise, startingValues(exercise.scenario, exercise.levers));
      expect(results.some((r) => r.met === false)).toBe(true);
    });

    it('asks 3 to 5 quiz questions, each answerable from the run with four distinct choices', () => {
      expect(exercise.quiz.length).toBeGreaterThanOrEqual(3);
      expect(exercise.quiz.length).toBeLessThanOrEqual(5);
      const { view } = judge(exercise, exercise.reference.values);
      for (const q of buildQuiz(exercise.quiz, view)) {
        expect(q.answer, q.spec.id).not.toBeNull();
        expect(new Set(q.options).size, q.spec.id).toBe(4);
        expect(q.options[q.correct]).toBe(q.answer);
      }
    });

    it('speaks both languages in its brief, hints and reasoning', () => {
      for (const t of [exercise.title, exercise.brief, exercise.reference.reasoning, ...exercise.hints.map((h) => h.text)]) {
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(t.en).toMatch(/[a-z]/);
      }
    });
  });
});
