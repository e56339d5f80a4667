/**
 * The engine worker's Monte Carlo calls: a pool of engine workers (src/ui/analysis/drawPool.ts) shares
 * a scenario's draws, each running a contiguous range, with the coverage rasters the worker that ran
 * the scenario made for them. Chunks and rasters travel with their typed arrays transferred, not copied.
 */
import { transfer } from 'comlink';
import { chunkBuffers, coverageSeed, createDrawContext, runDraws, seedBuffers, type CoverageSeed, type DrawChunk, type DrawContext, type Scenario } from '../src/engine';
import type { ValidationError } from '../src/io/validateScenario';
import { checkWithKeptCity } from './checkedOnce';
import { preparedCity } from './preparedCity';
import { validateScenario } from './validator';

export type DrawsOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

/**
 * The scenario this worker last ran draws of, by the number the page gave it (src/ui/analysis/drawPool.ts),
 * checked and prepared: asked again for the same scenario (another range, a goal seek's repeat, the
 * analysis run again), the worker neither checks it again nor flattens the city, places its cells and
 * rasters its facilities again. Matched on the page's number rather than the JSON text, which for a
 * province would be 17 MB kept in every worker and 17 MB more written out on every call.
 */
let kept: { revision: number; scenario: Scenario; ctx: DrawContext } | null = null;

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
   * must be wrapped in comlink's proxy() on the page side. revision numbers the scenario object on the
   * page, which never changes once sent: the same number means the same scenario; without one, the
   * scenario is checked and prepared afresh. input null stands for the scenario this worker holds
   * under that number, which the page then need not copy again (for a province, 20 MB a worker and a
   * second of work on each side). seed: the scenario's coverage rasters from the engine worker that
   * ran it (coverageSeed below), so this worker places no cells of its own.
   */
  runDraws(input: unknown, from: number, to: number, onProgress?: (done: number, total: number) => void, revision?: number, seed?: CoverageSeed): DrawsOutcome {
    const started = performance.now();
    if (revision === undefined || kept?.revision !== revision) {
      if (input === null) throw new Error(`no scenario sent, and this worker holds none numbered ${revision}`);
      // Dropped before the new one is made, so a worker never holds two prepared provinces at once.
      kept = null;
      const checked = validateScenario(input);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      kept = { revision: revision ?? NaN, scenario: checked.scenario, ctx: createDrawContext(checked.scenario, seed) };
    }
    const chunk = runDraws(kept.scenario, from, to, onProgress && everyTenth(onProgress), kept.ctx);
    return transfer<DrawsOutcome>({ ok: true, chunk, elapsedMs: Math.round(performance.now() - started) }, chunkBuffers(chunk));
  },

  /**
   * The coverage rasters of a scenario's draws (src/engine/uncertainty/coverageSeed.ts), made on the
   * cells this worker keeps for the city of its last run, for the page to hand to the draw workers.
   * The scenario comes without its city, which is the one kept under cityRevision; null when this
   * worker holds no such city, the scenario does not pass or has no spatial data.
   */
  coverageSeed(input: Record<string, unknown>, cityRevision: number): CoverageSeed | null {
    const checked = checkWithKeptCity(input, cityRevision);
    if (!checked?.ok) return null;
    const prep = preparedCity(checked.scenario, cityRevision).prep;
    if (!prep) return null;
    const seed = coverageSeed(checked.scenario, prep);
    return transfer(seed, seedBuffers(seed));
  },
};
