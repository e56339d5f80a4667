/**
 * The gate for exercise files, built-in or imported: the shape (exerciseSchema), the embedded scenario
 * (validateScenario, its problems under `scenario.`), candidate facilities (checked as the scenario's
 * planned facilities, reported under the lever), the reference plan (applied to the scenario and
 * checked again) and whether levers, objectives, hints and quiz fit the scenario. Every problem at once.
 */
import type { Facility, Scenario } from '../../engine/scenario';
import { isFacilitiesLever, type Exercise, type LeverSpec, type LeverValues } from '../../engine/training/exercise';
import { applyLevers } from '../../engine/levers';
import { translateIssues } from '../translateIssues';
import { validateScenario } from '../validateScenario';
import type { ValidationError } from '../validationError';
import { checkLevers, checkValues, reporter } from './checkLevers';
import { checkHints, checkId, checkLeverRules, checkObjectives, checkQuiz } from './checkExercise';
import { exerciseSchema } from './exerciseSchema';

export type ExerciseValidation = { ok: true; exercise: Exercise } | { ok: false; errors: ValidationError[] };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `scenario` + `.city…` or `[…]`: a path inside the embedded scenario, as the exercise file reads. */
export function under(prefix: string, errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => ({ ...e, path: e.path === '' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}` }));
}

/** Candidates are checked as planned facilities of the scenario; their problems are reported under the lever. */
function checkCandidates(scenario: Scenario, levers: readonly LeverSpec[]): ValidationError[] {
  const planned = scenario.plan.facilities ?? [];
  const owners: string[] = [];
  const candidates: unknown[] = [];
  levers.forEach((l, i) => {
    if (!isFacilitiesLever(l)) return;
    l.candidates.forEach((c, k) => {
      owners.push(`levers[${i}].candidates[${k}]`);
      candidates.push(c);
    });
  });
  if (candidates.length === 0) return [];
  const trial = { ...scenario, plan: { ...scenario.plan, facilities: [...planned, ...candidates] } };
  const checked = validateScenario(trial);
  if (checked.ok) return [];
  const prefix = /^plan\.facilities\[(\d+)\](.*)$/;
  return checked.errors.map((e) => {
    const m = prefix.exec(e.path);
    const k = m ? Number(m[1]) - planned.length : -1;
    return k >= 0 ? { ...e, path: `${owners[k]}${m![2]}` } : { ...e, path: `scenario.${e.path}` };
  });
}

export function validateExercise(input: unknown): ExerciseValidation {
  const errors: ValidationError[] = [];
  const parsed = exerciseSchema.safeParse(input);
  if (!parsed.success) errors.push(...translateIssues(exerciseSchema, input, parsed.error.issues));
  // The scenario is checked even when the rest has problems, so one pass lists everything.
  const checked = validateScenario(isObject(input) ? input.scenario : undefined);
  if (!checked.ok) errors.push(...under('scenario', checked.errors));
  if (!parsed.success || !checked.ok) return { ok: false, errors };

  const scenario = checked.scenario;
  const shell = parsed.data;
  const levers = shell.levers as unknown as LeverSpec[];
  const report = reporter(errors);
  checkId(shell.id, report);
  errors.push(...checkCandidates(scenario, levers));
  checkLevers(scenario, levers, report);
  checkLeverRules(scenario, levers, report);
  checkValues(shell.reference.values, levers, ['reference', 'values'], report);
  checkObjectives(scenario, shell.objectives, report);
  checkHints(scenario, shell.hints, shell.rules, report);
  checkQuiz(scenario, shell.quiz, report);
  if (errors.length > 0) return { ok: false, errors };

  const values = shell.reference.values as LeverValues;
  const withReference = validateScenario(applyLevers(scenario, levers, values));
  if (!withReference.ok) {
    return { ok: false, errors: withReference.errors.map((e) => ({ path: 'reference.values', zh: `参考方案代入后：${e.path} ${e.zh}`, en: `with the reference plan applied: ${e.path} ${e.en}` })) };
  }
  const exercise: Exercise = {
    ...shell,
    scenario,
    levers: levers.map((l) => (isFacilitiesLever(l) ? { ...l, candidates: l.candidates as Facility[] } : l)),
    reference: { values, reasoning: shell.reference.reasoning },
  };
  return { ok: true, exercise };
}
