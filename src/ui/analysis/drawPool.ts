/**
 * Monte Carlo over a pool of engine workers (src/ui/workers/pool.ts): one per core, at most eight,
 * each running a contiguous range of the draws. Progress is the sum of draws done in every worker; the
 * chunks merge in draw order, so the result is the same whatever the number of workers. A new run()
 * cancels the one in flight (the latest request wins), and workers stay up between runs. The engine
 * worker that ran the scenario, when given (DrawHome), draws the first range itself, or one more worker
 * does when that one gives it up.
 */
import { transfer } from 'comlink';
import type { DrawChunk } from '../../engine/uncertainty/drawChunk';
import { mergeChunks } from '../../engine/uncertainty/drawChunk';
import { splitDraws } from '../../engine/uncertainty/splitDraws';
import type { DrawsOutcome, ValidationError } from '../../../workers/engine.worker';
import { CancelledError, WorkerFailedError, type Progress, type WorkerLike } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { poolSize, WorkerPool } from '../workers/pool';

export type PoolOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

/**
 * The engine worker that ran the scenario and keeps its city (Runner.drawHome): it draws the first
 * range itself, so a run needs one draw worker fewer, and makes the kit for the others.
 */
export interface DrawHome {
  /** prepare there the draws of the scenario numbered `revision`, sending the kit on each port to the worker holding the other end; false when it cannot */
  prepare(revision: number, ports: MessagePort[]): Promise<boolean>;
  /** draws [from, to) of the scenario prepared under `revision`; null when that worker holds none (it was restarted) */
  draws(revision: number, from: number, to: number, onProgress?: Progress): Promise<DrawsOutcome | null>;
  /** stop its run in flight, between two draws: it cannot be ended as a draw worker is */
  stop(): void;
}

export interface DrawPool {
  readonly size: number;
  /**
   * draws [0, draws) of the scenario, merged in order; rejects with CancelledError when cancelled or
   * superseded. home, when given and able, draws the first range and gives what the other workers
   * need, asked only when they do not already hold the scenario prepared: workers given it are not
   * sent the scenario. Without it (or when it cannot), the pool's workers draw every range.
   */
  run(scenario: unknown, draws: number, onProgress?: Progress, home?: DrawHome): Promise<PoolOutcome>;
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
  /** the scenario each worker holds prepared (by its number): from the last run that finished, until a cancel or a failure ends the workers */
  let held: (number | undefined)[] = [];
  /** numbers runs and cancels, so a run still waiting for its kit knows it has been cancelled or superseded */
  let ticket = 0;

  /** whether the home holds the draws of a scenario prepared (by its number), from the last run that finished */
  let homeHeld: number | undefined;
  /** stops the home's range in flight, or the spare worker drawing it instead, and rejects its call at once */
  let stopHome: (() => void) | null = null;

  /**
   * The first range at home, rejecting with CancelledError as soon as stopHome() is called. The page's
   * Runner ends the home's engine worker for a lever edit made while its run takes long
   * (runner.svelte.ts), and a worker can crash: a user's Monte Carlo must not be lost to either. So
   * when the home gives up its range for any reason but this run's own end (a cancel or a newer run,
   * which bump the ticket, or another part's failure, which stops the home), the spare worker, the one
   * after the pool's parts, draws that range afresh, and its progress starts again from the range's
   * start. The spare is sent the scenario. lost() tells the run that the home no longer holds the
   * draws.
   */
  const fromHome = (home: DrawHome, scenario: unknown, revision: number, [from, to]: [number, number], spare: number, mine: number, lost: () => void, onProgress?: Progress) =>
    new Promise<DrawsOutcome>((resolve, reject) => {
      let stopped = false;
      stopHome = () => {
        stopped = true;
        stopHome = null;
        home.stop();
        reject(new CancelledError());
      };
      const elsewhere = (error: unknown) => {
        if (stopped || mine !== ticket) throw error;
        lost();
        onProgress?.(0, to - from);
        stopHome = () => {
          stopHome = null;
          pool.cancel();
        };
        return pool.one<DrawsOutcome>(spare, (api, progress) => api.runDraws(scenario, from, to, progress, revision), onProgress);
      };
      home
        .draws(revision, from, to, onProgress)
        .then((o) => o ?? Promise.reject(new WorkerFailedError('the engine worker was restarted during the draws')))
        .catch(elsewhere)
        .then(resolve, reject);
    });

  const run: DrawPool['run'] = async (scenario, draws, onProgress, home) => {
    // The run in flight ends here, not when this one's parts start: this one may give the workers no
    // part at all (one worker and a home), and the home's prepare can take a while.
    stopHome?.();
    pool.supersede();
    const ranges = splitDraws(0, draws, size);
    const done = ranges.map(() => 0);
    const started = performance.now();
    const revision = revisionOf(scenario);
    const mine = ++ticket;
    const report =
      onProgress &&
      ((k: number, d: number) => {
        done[k] = d;
        onProgress(done.reduce((a, b) => a + b, 0), draws);
      });
    const holds = (j: number) => revision !== undefined && held[j] === revision;
    // With the home drawing the first range, pool worker j draws range j + 1. The workers load their
    // script while the home prepares.
    const homed = home && revision !== undefined ? home : null;
    pool.open(homed ? ranges.length - 1 : ranges.length);
    const othersHold = ranges.slice(1).every((_, j) => holds(j));
    let atHome = homed !== null && homeHeld === revision && othersHold;
    // A channel for each worker after the home's range that does not hold the scenario: the home sends
    // the kit on one end, the worker reads it from the other, and the page never holds it.
    let channels: (MessageChannel | undefined)[] = [];
    if (homed && !atHome) {
      channels = ranges.slice(1).map((_, j) => (holds(j) ? undefined : new MessageChannel()));
      const ends = channels.flatMap((c) => (c ? [c.port1] : []));
      atHome = await homed.prepare(revision!, ends);
    }
    if (mine !== ticket) throw new CancelledError();
    const parts = atHome ? ranges.slice(1) : ranges;
    const first = atHome ? 1 : 0;
    const holding = parts.map((_, j) => holds(j));
    held = [];
    homeHeld = undefined;
    const kitFor = (j: number) => {
      const port = atHome ? channels[j]?.port2 : undefined;
      return port && transfer(port, [port]);
    };
    const pooled =
      parts.length === 0
        ? Promise.resolve([])
        : pool.latest<DrawsOutcome>(
            parts.length,
            // A worker that holds the scenario is not sent it again, nor one given the kit's port.
            (api, j, progress) => {
              const kit = kitFor(j);
              return api.runDraws(holding[j] || kit ? null : scenario, parts[j][0], parts[j][1], progress, revision, kit);
            },
            report && ((j, d) => report(j + first, d)),
          );
    let homeLost = false;
    const drawn = atHome ? [fromHome(homed!, scenario, revision!, ranges[0], parts.length, mine, () => (homeLost = true), report && ((d) => report(0, d))), pooled] : [pooled];
    const outcomes = await Promise.all(drawn).then(
      (all) => all.flat(),
      (error: unknown) => {
        // One part failed or was cancelled: the others stop too, unless a newer run has taken over.
        if (mine === ticket) {
          stopHome?.();
          pool.cancel();
        }
        throw error;
      },
    );
    stopHome = null;
    const chunks: DrawChunk[] = [];
    for (const o of outcomes) {
      if (!o.ok) return o;
      chunks.push(o.chunk);
    }
    held = parts.map(() => revision);
    homeHeld = atHome && !homeLost ? revision : undefined;
    return { ok: true, chunk: mergeChunks(chunks), elapsedMs: Math.round(performance.now() - started) };
  };

  const end = (f: () => void) => () => {
    held = [];
    homeHeld = undefined;
    ticket++;
    stopHome?.();
    f();
  };
  return { size, run, cancel: end(() => pool.cancel()), dispose: end(() => pool.dispose()) };
}
