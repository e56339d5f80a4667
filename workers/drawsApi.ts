/**
 * The engine worker's Monte Carlo call: a pool of engine workers (src/ui/analysis/drawPool.ts) shares
 * a scenario's draws, each running a contiguous range. Chunks come back with their typed arrays
 * transferred, not copied.
 */
import { transfer } from 'comlink';
import { chunkBuffers, createDrawContext, runDraws, type DrawChunk, type DrawContext, type Scenario } from '../src/engine';
import { validateScenario, type ValidationError } from '../src/io/validateScenario';

export type DrawsOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

/**
 * The scenario this worker last ran draws of, by its JSON text, checked and prepared: asked again for
 * the same scenario (another range, a goal seek's repeat, the analysis run again), the worker neither
 * checks it again nor flattens the city, places its cells and rasters its facilities again.
 */
let kept: { text: string; scenario: Scenario; ctx: DrawContext } | null = null;

/**
 * Progress at most ten times a second, and the last: each report is a message to the page and a
 * redraw there, which at a millisecond a draw would cost as much as the draws.
 */
function everyTenth(report: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    void report(done, total);
  };
}

export const drawsApi = {
  /**
   * Validate a scenario and run its draws [from, to). onProgress (draws done in this range, draws in it)
   * must be wrapped in comlink's proxy() on the page side.
   */
  runDraws(input: unknown, from: number, to: number, onProgress?: (done: number, total: number) => void): DrawsOutcome {
    const started = performance.now();
    const text = JSON.stringify(input);
    if (kept?.text !== text) {
      kept = null;
      const checked = validateScenario(input);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      kept = { text, scenario: checked.scenario, ctx: createDrawContext(checked.scenario) };
    }
    const chunk = runDraws(kept.scenario, from, to, onProgress && everyTenth(onProgress), kept.ctx);
    return transfer<DrawsOutcome>({ ok: true, chunk, elapsedMs: Math.round(performance.now() - started) }, chunkBuffers(chunk));
  },
};
