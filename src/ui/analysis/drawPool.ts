/**
 * Monte Carlo over a pool of engine workers (src/ui/workers/pool.ts): one per core, at most eight,
 * each running a contiguous range of the draws. Progress is the sum of draws done in every worker; the
 * chunks merge in draw order, so the result is the same whatever the number of workers. A new run()
 * cancels the one in flight (the latest request wins), and workers stay up between runs.
 */
import type { DrawChunk } from '../../engine/uncertainty/drawChunk';
import { mergeChunks } from '../../engine/uncertainty/drawChunk';
import { splitDraws } from '../../engine/uncertainty/splitDraws';
import type { DrawsOutcome, ValidationError } from '../../../workers/engine.worker';
import type { Progress, WorkerLike } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { poolSize, WorkerPool } from '../workers/pool';

export type PoolOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

export interface DrawPool {
  readonly size: number;
  /** draws [0, draws) of the scenario, merged in order; rejects with CancelledError when cancelled or superseded */
  run(scenario: unknown, draws: number, onProgress?: Progress): Promise<PoolOutcome>;
  cancel(): void;
  dispose(): void;
}

/**
 * A number for each scenario object sent to the pool. Scenarios are immutable snapshots, so the same
 * object is the same scenario: a worker asked again for it reuses the one it checked and prepared
 * (workers/drawsApi.ts), and a new object, even an equal one, is checked afresh.
 */
const revisions = new WeakMap<object, number>();
let nextRevision = 0;

function revisionOf(scenario: unknown): number | undefined {
  if (typeof scenario !== 'object' || scenario === null) return undefined;
  let revision = revisions.get(scenario);
  if (revision === undefined) revisions.set(scenario, (revision = ++nextRevision));
  return revision;
}

export function createDrawPool(size = poolSize(), spawn: () => WorkerLike = spawnEngineWorker): DrawPool {
  const pool = new WorkerPool<EngineApi>(size, spawn);

  const run: DrawPool['run'] = async (scenario, draws, onProgress) => {
    const ranges = splitDraws(0, draws, size);
    const done = ranges.map(() => 0);
    const started = performance.now();
    const revision = revisionOf(scenario);
    const outcomes = await pool.latest<DrawsOutcome>(
      ranges.length,
      (api, k, progress) => api.runDraws(scenario, ranges[k][0], ranges[k][1], progress, revision),
      onProgress &&
        ((k, d) => {
          done[k] = d;
          onProgress(done.reduce((a, b) => a + b, 0), draws);
        }),
    );
    const chunks: DrawChunk[] = [];
    for (const o of outcomes) {
      if (!o.ok) return o;
      chunks.push(o.chunk);
    }
    return { ok: true, chunk: mergeChunks(chunks), elapsedMs: Math.round(performance.now() - started) };
  };

  return { size, run, cancel: () => pool.cancel(), dispose: () => pool.dispose() };
}
