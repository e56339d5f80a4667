/**
 * Monte Carlo over a pool of engine workers (src/ui/workers/pool.ts): one per core, at most eight,
 * each asking for its next range of the draws when it has drawn the last (DrawQueue), so they finish
 * together however their speeds differ. Progress is the sum of draws done in every worker; the chunks
 * merge in draw order, so the result is the same whatever the number of workers. A new run() cancels
 * the one in flight (the latest request wins), and workers stay up between runs. The engine worker
 * that ran the scenario, when given (DrawHome), draws in place of one pool worker, or one more worker
 * does when that one gives up.
 */
import { proxy, transfer, type Remote } from 'comlink';
import type { DrawChunk } from '../../engine/uncertainty/drawChunk';
import { mergeChunks } from '../../engine/uncertainty/drawChunk';
import { DrawQueue, partsFor } from '../../engine/uncertainty/drawQueue';
import type { DrawsOutcome, ValidationError } from '../../../workers/engine.worker';
import { CancelledError, WorkerFailedError, type Progress, type WorkerLike } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { poolSize, WorkerPool } from '../workers/pool';

export type PoolOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

/**
 * The engine worker that ran the scenario and keeps its city (Runner.drawHome): it draws ranges
 * itself, so a run needs one draw worker fewer, and makes the kit for the others.
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
   * superseded. home, when given and able, draws in place of one worker and gives what the other workers
   * need, asked only when they do not already hold the scenario prepared: workers given it are not
   * sent the scenario. Without it (or when it cannot), the pool's workers draw every range.
   */
  run(scenario: unknown, draws: number, onProgress?: Progress, home?: DrawHome): Promise<PoolOutcome>;
  /**
   * Start the workers a run beside the home draws on (all but one), so that they load the engine's
   * code while the user sets the run up rather than on its clock; they are sent nothing until it.
   */
  warm(): void;
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
  /** stops the home's part in flight, or the spare worker drawing instead of it, and rejects its call at once */
  let stopHome: (() => void) | null = null;

  const run: DrawPool['run'] = async (scenario, draws, onProgress, home) => {
    // The run in flight ends here, not when this one's parts start: this one may give the workers no
    // part at all (one worker and a home), and the home's prepare can take a while.
    stopHome?.();
    pool.supersede();
    const parts = partsFor(draws, size);
    const started = performance.now();
    const revision = revisionOf(scenario);
    const mine = ++ticket;
    const holds = (j: number) => revision !== undefined && held[j] === revision;
    // With the home drawing, it takes the place of the pool's last part. The workers load their
    // script while the home prepares.
    const homed = home && revision !== undefined ? home : null;
    pool.open(homed ? parts - 1 : parts);
    const others = Array.from({ length: parts - 1 }, (_, j) => j);
    let atHome = homed !== null && homeHeld === revision && others.every(holds);
    // A channel for each worker beside the home that does not hold the scenario: the home sends the
    // kit on one end, the worker reads it from the other, and the page never holds it.
    let channels: (MessageChannel | undefined)[] = [];
    if (homed && !atHome) {
      channels = others.map((j) => (holds(j) ? undefined : new MessageChannel()));
      const ends = channels.flatMap((c) => (c ? [c.port1] : []));
      atHome = await homed.prepare(revision!, ends);
    }
    if (mine !== ticket) throw new CancelledError();
    const pooled = atHome ? parts - 1 : parts;
    const holding = Array.from({ length: pooled }, (_, j) => holds(j));
    held = [];
    homeHeld = undefined;

    // Each part (pool worker j, the home at `pooled`, the spare that may replace it after) asks the
    // queue for its next range once it has drawn the last; progress is what each has drawn, plus the
    // range in flight.
    const queue = new DrawQueue(draws, parts);
    const chunks: DrawChunk[] = [];
    let refused = null as Extract<DrawsOutcome, { ok: false }> | null;
    const drawn: number[] = [];
    const done: number[] = [];
    const tell = () => onProgress?.(done.reduce((a, b) => a + (b ?? 0), 0), draws);
    /**
     * What a range's reports count for: the part's draws before it plus the report's. A report travels
     * on a port of its own, apart from the answer, so the range's last ones may come after it: they
     * never count for more than has come.
     */
    const rangeProgress = (slot: number): Progress | undefined => {
      const before = drawn[slot] ?? 0;
      return (
        onProgress &&
        ((d) => {
          if (mine !== ticket || before + d <= (done[slot] ?? 0)) return;
          done[slot] = before + d;
          tell();
        })
      );
    };
    /** Takes in a part's answer; whether it goes on asking. A scenario that does not pass ends the hand-out. */
    const took = (slot: number, o: DrawsOutcome): boolean => {
      if (!o.ok) refused ??= o;
      else {
        chunks.push(o.chunk);
        done[slot] = drawn[slot] = (drawn[slot] ?? 0) + o.chunk.to - o.chunk.from;
        tell();
      }
      return refused === null;
    };
    /**
     * A pool worker's ranges, one call each. Only the first call sends what the worker lacks (the
     * scenario, or the port of the kit): the later ones name it by its number. The worker keeps the
     * draws' arrays from one range to the next (workers/idleRelease.ts).
     */
    const onWorker = async (api: Remote<EngineApi>, slot: number, input: unknown, kit: MessagePort | undefined) => {
      for (let r = queue.take(); r; r = queue.take()) {
        const progress = rangeProgress(slot);
        const o = await api.runDraws(input, r[0], r[1], progress && proxy(progress), revision, kit && transfer(kit, [kit]));
        kit = undefined;
        if (revision !== undefined) input = null;
        if (!took(slot, o)) return;
      }
    };

    /**
     * The home's ranges, rejecting with CancelledError as soon as stopHome() is called. The page's
     * Runner ends the home's engine worker for a lever edit made while its run takes long
     * (runner.svelte.ts), and a worker can crash: a user's Monte Carlo must not be lost to either. So
     * when the home gives up a range for any reason but this run's own end (a cancel or a newer run,
     * which bump the ticket, or another part's failure, which stops the home), that range goes back to
     * the queue and the spare worker, the one after the pool's parts, takes the home's place: it is
     * sent the scenario. What the home drew stays drawn.
     */
    let homeLost = false;
    const fromHome = (h: DrawHome) =>
      new Promise<void>((resolve, reject) => {
        let stopped = false;
        stopHome = () => {
          stopped = true;
          stopHome = null;
          h.stop();
          reject(new CancelledError());
        };
        const spare = pooled + 1;
        /** A range the home gave up, drawn by the spare with every range still to hand out. */
        const elsewhere = (range: [number, number], error: unknown): Promise<void> => {
          if (stopped || mine !== ticket) throw error;
          homeLost = true;
          queue.giveBack(range);
          done[pooled] = drawn[pooled] ?? 0;
          tell();
          stopHome = () => {
            stopHome = null;
            pool.cancel();
          };
          return pool.one<void>(pooled, (api) => onWorker(api, spare, scenario, undefined));
        };
        const atHomeLoop = async (): Promise<void> => {
          for (let r = queue.take(); r; r = queue.take()) {
            let o: DrawsOutcome | null;
            try {
              o = await h.draws(revision!, r[0], r[1], rangeProgress(pooled));
            } catch (error) {
              return elsewhere(r, error);
            }
            if (o === null) return elsewhere(r, new WorkerFailedError('the engine worker was restarted during the draws'));
            if (stopped || !took(pooled, o)) return;
          }
        };
        atHomeLoop().then(resolve, reject);
      });

    const parted =
      pooled === 0
        ? Promise.resolve([])
        : pool.latest<void>(
            pooled,
            (api, j) => {
              const kit = atHome ? channels[j]?.port2 : undefined;
              // A worker that holds the scenario is not sent it again, nor one given the kit's port.
              return onWorker(api, j, holding[j] || kit ? null : scenario, kit);
            },
          );
    await Promise.all(atHome ? [fromHome(homed!), parted] : [parted]).catch((error: unknown) => {
      // One part failed or was cancelled: the others stop too, unless a newer run has taken over.
      if (mine === ticket) {
        stopHome?.();
        pool.cancel();
      }
      throw error;
    });
    stopHome = null;
    if (refused) return refused;
    // A worker that was handed no range was sent nothing.
    held = holding.map((_, j) => (drawn[j] === undefined ? undefined : revision));
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
  return { size, run, warm: () => pool.open(size - 1), cancel: end(() => pool.cancel()), dispose: end(() => pool.dispose()) };
}
