/**
 * One plan of an exercise run to the end and judged: the run in the engine worker, the Monte Carlo
 * draws in the draw pool when an objective needs them, the objectives on the results. Used on submit,
 * for the debrief's two plans and for each trainee plan the facilitator loads.
 */
import type { RunView } from '../../../engine/runView';
import type { Exercise, LeverValues } from '../../../engine/training/exercise';
import { applyLevers } from '../../../engine/levers';
import { evaluateObjectives, needsDraws, type ObjectiveResult } from '../../../engine/training/objectives';
import type { DrawChunk } from '../../../engine/uncertainty/drawChunk';
import type { DrawPool } from '../../analysis/drawPool';
import type { EngineClient, ValidationError } from '../../engineClient';

export type Judged = { ok: true; view: RunView; draws: DrawChunk | null; results: ObjectiveResult[] } | { ok: false; errors: ValidationError[] };

export async function judgePlan(client: EngineClient, pool: () => DrawPool, exercise: Exercise, values: LeverValues): Promise<Judged> {
  const scenario = applyLevers(exercise.scenario, exercise.levers, values);
  const outcome = await client.run(scenario);
  if (!outcome.ok) return { ok: false, errors: outcome.errors };
  const n = needsDraws(exercise.objectives);
  let draws: DrawChunk | null = null;
  if (n > 0) {
    const drawn = await pool().run(scenario, n);
    if (!drawn.ok) return { ok: false, errors: drawn.errors };
    draws = drawn.chunk;
  }
  return { ok: true, view: outcome.view, draws, results: evaluateObjectives(exercise.objectives, outcome.view, draws) };
}
