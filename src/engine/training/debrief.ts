/**
 * The debrief's comparison of the trainee's plan with the reference plan: each lever side by side,
 * each objective's value in both runs and the difference, and what each payer spends over the horizon
 * in both (as src/engine/compare.ts counts it: the sum of a payer's spending over the years). Built from
 * the two run views the worker returns, so the page never runs the engine itself.
 */
import type { RunView } from '../runView';
import { PAYERS, type Payer } from '../scenario';
import type { DrawChunk } from '../uncertainty/drawChunk';
import type { Exercise, LeverValue, LeverValues } from './exercise';
import { sameValue } from '../levers';
import { allMet, evaluateObjectives, type ObjectiveResult } from './objectives';

export interface LeverComparison {
  path: string;
  yours: LeverValue | null;
  reference: LeverValue | null;
  same: boolean;
  /** yours − reference for a number lever; null otherwise */
  delta: number | null;
}

export interface ObjectiveComparison {
  id: string;
  yours: ObjectiveResult;
  reference: ObjectiveResult;
  /** yours − reference, in the objective's unit; null when either is unknown */
  delta: number | null;
}

export interface SpendingComparison {
  payer: Payer;
  yours: number;
  reference: number;
  delta: number;
}

export interface Debrief {
  met: boolean;
  levers: LeverComparison[];
  objectives: ObjectiveComparison[];
  spending: SpendingComparison[];
}

/** Yuan each payer spends over the run's years. */
export function spendingByPayer(view: RunView): Record<Payer, number> {
  const out = { city: 0, district: 0, street: 0 } as Record<Payer, number>;
  for (const f of view.summary.funding) out[f.payer] += f.spent;
  return out;
}

export function leverComparisons(exercise: Exercise, yours: LeverValues): LeverComparison[] {
  return exercise.levers.map((l) => {
    const a = yours[l.path] ?? null;
    const b = exercise.reference.values[l.path] ?? null;
    return {
      path: l.path,
      yours: a,
      reference: b,
      same: sameValue(a ?? undefined, b ?? undefined),
      delta: typeof a === 'number' && typeof b === 'number' ? a - b : null,
    };
  });
}

export interface DebriefRuns {
  yours: RunView;
  reference: RunView;
  yourDraws?: DrawChunk | null;
  referenceDraws?: DrawChunk | null;
}

export function buildDebrief(exercise: Exercise, values: LeverValues, runs: DebriefRuns): Debrief {
  const mine = evaluateObjectives(exercise.objectives, runs.yours, runs.yourDraws);
  const ref = evaluateObjectives(exercise.objectives, runs.reference, runs.referenceDraws);
  const a = spendingByPayer(runs.yours);
  const b = spendingByPayer(runs.reference);
  return {
    met: allMet(mine),
    levers: leverComparisons(exercise, values),
    objectives: mine.map((r, k) => ({
      id: r.id,
      yours: r,
      reference: ref[k],
      delta: r.value === null || ref[k].value === null ? null : r.value - ref[k].value!,
    })),
    spending: PAYERS.map((payer) => ({ payer, yours: a[payer], reference: b[payer], delta: a[payer] - b[payer] })),
  };
}
