/**
 * Monte Carlo over a pool of engine workers (src/ui/workers/pool.ts): one per core, at most eight,
 * each running a contiguous range of the draws. Progress is the sum of draws done in every worker; the
 * chunks merge in draw order, so the result is the same whatever the number of workers. A new run()
 * cancels the one in flight (the latest request wins), and workers stay up between runs.
 */
import { transfer } from 'comlink';
import type { DrawChunk } from '../../engine/uncertainty/drawChunk';
import { mergeChunks } from '../../engine/uncertainty/drawChunk';
import { splitDraws } from '../../engine/uncertainty/splitDraws';
import type { DrawKit, DrawsOutcome, ValidationError } from '../../../workers/engine.worker';
import { CancelledError, type Progress, type WorkerLike } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { poolSize, WorkerPool } from '../workers/pool';

export type PoolOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

export interface DrawPool {
  readonly size: number;
  /**
   * draws [0, draws) of the scenario, merged in order; rejects with CancelledError when cancelled or
   * superseded. kit gives what the draws need, made where the scenario was run (null when it cannot),
   * asked only when the workers do not already hold the scenario prepared: workers given it are not
   * sent the scenario.
   */
  run(scenario: unknown, draws: number, onProgress?: Progress, kit?: () => Promise<DrawKit | null>): Promise<PoolOutcome>;
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

/** Every buffer under a value received from a worker, which the page alone holds: a kit's, to move on. */
function buffersOf(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) out.add(value.buffer as ArrayBuffer);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) buffersOf(v, out);
  return [...out];
}

export function createDrawPool(size = poolSize(), spawn: () => WorkerLike = spawnEngineWorker): DrawPool {
  const pool = new WorkerPool<EngineApi>(size, spawn);
  /** the scenario each worker holds prepared (by its number): from the last run that finished, until a cancel or a failure ends the workers */
  let held: (number | undefined)[] = [];
  /** numbers runs and cancels, so a run still waiting for its kit knows it has been cancelled or superseded */
  let ticket = 0;

  const run: DrawPool['run'] = async (scenario, draws, onProgress, kit) => {
    const ranges = splitDraws(0, draws, size);
    const done = ranges.map(() => 0);
    const started = performance.now();
    const revision = revisionOf(scenario);
    const mine = ++ticket;
    const holds = (k: number) => revision !== undefined && held[k] === revision;
    // Awaited only when asked for, so a run without one starts its workers at once.
    // The workers load their script while the kit is made.
    pool.open(ranges.length);
    const made = kit && !ranges.every((_, k) => holds(k)) ? await kit() : null;
    if (mine !== ticket) throw new CancelledError();
    const holding = ranges.map((_, k) => holds(k));
    held = [];
    // The page's copy of the kit is moved to the last worker given it, not copied: each call posts its
    // message at once, in order, so the others have been sent theirs by then.
    const lastGiven = made ? holding.lastIndexOf(false) : -1;
    const kitFor = (k: number) => (holding[k] || !made ? undefined : k === lastGiven ? transfer(made, buffersOf(made)) : made);
    const outcomes = await pool.latest<DrawsOutcome>(
      ranges.length,
      // A worker that holds the scenario is not sent it again, nor one given the kit.
      (api, k, progress) => api.runDraws(holding[k] || made ? null : scenario, ranges[k][0], ranges[k][1], progress, revision, kitFor(k)),
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
    held = ranges.map(() => revision);
    return { ok: true, chunk: mergeChunks(chunks), elapsedMs: Math.round(performance.now() - started) };
  };

  const end = (f: () => void) => () => {
    held = [];
    ticket++;
    f();
  };
  return { size, run, cancel: end(() => pool.cancel()), dispose: end(() => pool.dispose()) };
}
