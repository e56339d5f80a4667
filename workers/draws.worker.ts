/**
 * The Monte Carlo worker: a pool of these (src/ui/analysis/drawPool.ts) shares a scenario's draws, each
 * running a contiguous range. The page imports only the type DrawsApi and talks to it through comlink.
 * Chunks come back with their typed arrays transferred, not copied.
 */
import { expose, transfer } from 'comlink';
import { chunkBuffers, goalSeek, runDraws, type DrawChunk, type GoalSeekOptions, type GoalSeekResult, type Lever } from '../src/engine';
import { validateScenario, type ValidationError } from '../src/io/validateScenario';

export type { ValidationError } from '../src/io/validateScenario';

export type DrawsOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

export type GoalSeekOutcome = { ok: true; result: GoalSeekResult; elapsedMs: number } | { ok: false; errors: ValidationError[] };

type Progress = (done: number, total: number) => void;

const api = {
  /**
   * Validate a scenario and run its draws [from, to). onProgress (draws done in this range, draws in it)
   * must be wrapped in comlink's proxy() on the page side.
   */
  runDraws(input: unknown, from: number, to: number, onProgress?: Progress): DrawsOutcome {
    const started = performance.now();
    const checked = validateScenario(input);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const chunk = runDraws(checked.scenario, from, to, onProgress);
    return transfer<DrawsOutcome>({ ok: true, chunk, elapsedMs: Math.round(performance.now() - started) }, chunkBuffers(chunk));
  },

  /**
   * Goal seek in this one worker: deterministic seeks, or probability seeks with few draws. onProgress
   * is (evaluations done, the most the search needs). A probability seek over many draws goes faster
   * through the pool (goalSeekAsync with drawPool.run).
   */
  goalSeek(input: unknown, targetId: string, lever: Lever, options: Omit<GoalSeekOptions, 'onProgress'> = {}, onProgress?: Progress): GoalSeekOutcome {
    const started = performance.now();
    const checked = validateScenario(input);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const result = goalSeek(checked.scenario, targetId, lever, { ...options, onProgress });
    return { ok: true, result, elapsedMs: Math.round(performance.now() - started) };
  },
};

export type DrawsApi = typeof api;

expose(api);
