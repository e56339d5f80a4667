/**
 * A pool of Monte Carlo workers (workers/draws.worker.ts): one per core, at most eight, each running a
 * contiguous range of the draws. Progress is the sum of draws done in every worker; the chunks merge in
 * draw order, so the result is the same whatever the number of workers. cancel() ends every worker
 * (a run cannot be interrupted from outside) and a new run() cancels the one in flight: the latest
 * request wins. Workers stay up between runs, so only the first run pays for starting them.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { DrawChunk } from '../../engine/uncertainty/drawChunk';
import { mergeChunks } from '../../engine/uncertainty/drawChunk';
import { splitDraws } from '../../engine/uncertainty/splitDraws';
import type { DrawsApi, DrawsOutcome, ValidationError } from '../../../workers/draws.worker';
import { CancelledError } from '../engineClient';

export { CancelledError } from '../engineClient';

export type PoolOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

/** One worker as the pool uses it; tests pass stand-ins that run in the same thread. */
export interface DrawWorker {
  api: Pick<Remote<DrawsApi>, 'runDraws'>;
  terminate(): void;
}

export interface DrawPool {
  readonly size: number;
  /** draws [0, draws) of the scenario, merged in order; rejects with CancelledError when cancelled or superseded */
  run(scenario: unknown, draws: number, onProgress?: (done: number, total: number) => void): Promise<PoolOutcome>;
  cancel(): void;
  dispose(): void;
}

/** navigator.hardwareConcurrency, at least 1 and at most 8 (beyond that, memory grows faster than speed). */
export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.min(8, Math.max(1, Math.floor(cores || 1)));
}

function spawnWorker(): DrawWorker {
  const worker = new Worker(new URL('../../../workers/draws.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<DrawsApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}

export function createDrawPool(size = poolSize(), spawn: () => DrawWorker = spawnWorker): DrawPool {
  let workers: DrawWorker[] = [];
  let abandon: (() => void) | null = null;

  const stop = () => {
    for (const w of workers) w.terminate();
    workers = [];
    const reject = abandon;
    abandon = null;
    reject?.();
  };

  const run: DrawPool['run'] = (scenario, draws, onProgress) => {
    // The latest request wins: a run still in flight is abandoned with its workers.
    if (abandon) stop();
    const ranges = splitDraws(0, draws, size);
    while (workers.length < ranges.length) workers.push(spawn());
    const mine = workers;
    const done = ranges.map(() => 0);
    const started = performance.now();
    return new Promise<PoolOutcome>((resolve, reject) => {
      const onCancel = () => reject(new CancelledError());
      abandon = onCancel;
      const calls = ranges.map(([from, to], k) => {
        const progress = onProgress
          ? proxy((d: number) => {
              done[k] = d;
              onProgress(done.reduce((a, b) => a + b, 0), draws);
            })
          : undefined;
        return mine[k].api.runDraws(scenario, from, to, progress) as Promise<DrawsOutcome>;
      });
      Promise.all(calls).then(
        (outcomes) => {
          if (abandon !== onCancel) return;
          abandon = null;
          const failed = outcomes.find((o) => !o.ok);
          if (failed && !failed.ok) return resolve(failed);
          const chunks = outcomes.map((o) => (o.ok ? o.chunk : null)).filter((c): c is DrawChunk => c !== null);
          resolve({ ok: true, chunk: mergeChunks(chunks), elapsedMs: Math.round(performance.now() - started) });
        },
        (error: unknown) => {
          if (abandon !== onCancel) return;
          abandon = null;
          reject(error);
        },
      );
    });
  };

  return { size, run, cancel: stop, dispose: stop };
}
