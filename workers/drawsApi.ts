/**
 * The engine worker's Monte Carlo call: a pool of engine workers (src/ui/analysis/drawPool.ts) shares
 * a scenario's draws, each running a contiguous range. Chunks come back with their typed arrays
 * transferred, not copied.
 */
import { transfer } from 'comlink';
import { chunkBuffers, runDraws, type DrawChunk } from '../src/engine';
import { validateScenario, type ValidationError } from '../src/io/validateScenario';

export type DrawsOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

export const drawsApi = {
  /**
   * Validate a scenario and run its draws [from, to). onProgress (draws done in this range, draws in it)
   * must be wrapped in comlink's proxy() on the page side.
   */
  runDraws(input: unknown, from: number, to: number, onProgress?: (done: number, total: number) => void): DrawsOutcome {
    const started = performance.now();
    const checked = validateScenario(input);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const chunk = runDraws(checked.scenario, from, to, onProgress);
    return transfer<DrawsOutcome>({ ok: true, chunk, elapsedMs: Math.round(performance.now() - started) }, chunkBuffers(chunk));
  },
};
