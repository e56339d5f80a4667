/**
 * Several copies of one worker, each behind its own bridge, for work split into parts (the Monte
 * Carlo draws). Workers start on first use and stay up between runs, so only the first run pays for
 * starting them. The newest run wins: one still in flight is cancelled with its workers. When one
 * part fails the others are ended too, so the next run does not queue behind work nobody awaits.
 */
import type { Remote } from 'comlink';
import { WorkerBridge, type Progress, type WorkerLike } from './bridge';

/** navigator.hardwareConcurrency, at least 1 and at most 8 (beyond that, memory grows faster than speed). */
export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.min(8, Math.max(1, Math.floor(cores || 1)));
}

export class WorkerPool<Api> {
  private readonly bridges: WorkerBridge<Api>[];
  /** numbers the runs, so that a superseded run's failure does not end the run that replaced it */
  private runs = 0;

  constructor(
    readonly size: number,
    spawn: () => WorkerLike,
  ) {
    this.bridges = Array.from({ length: size }, () => new WorkerBridge<Api>(spawn));
  }

  /** Start the first `parts` workers before their calls, so they load while the page prepares those. */
  open(parts: number): void {
    for (const bridge of this.bridges.slice(0, parts)) bridge.open();
  }

  /**
   * Part k of `parts` (at most size) on worker k; resolves with the answers in part order, or rejects
   * with the first failure (CancelledError when cancelled or superseded). onProgress hears which part
   * reported.
   */
  latest<T>(parts: number, f: (api: Remote<Api>, part: number, progress?: Progress) => Promise<T>, onProgress?: (part: number, done: number, total: number) => void): Promise<T[]> {
    const run = this.supersede();
    const calls = this.bridges.slice(0, parts).map((bridge, k) => bridge.call((api, progress) => f(api, k, progress), onProgress && ((done, total) => onProgress(k, done, total))));
    return Promise.all(calls).catch((error: unknown) => {
      if (run === this.runs) this.cancel();
      throw error;
    });
  }

  /**
   * End the run in flight, if any, with its workers, for a newer one that may need none of them or
   * only later (latest() does this itself); idle workers stay up. Gives the newer run's number.
   */
  supersede(): number {
    if (this.bridges.some((b) => b.busy)) this.cancel();
    return ++this.runs;
  }

  /**
   * Worker k alone, beside the parts of a latest() run in flight (k at or beyond their number): for a
   * part taken over from elsewhere (drawPool.ts). cancel() and a newer latest() end it with the rest.
   */
  one<T>(k: number, f: (api: Remote<Api>, progress?: Progress) => Promise<T>, onProgress?: Progress): Promise<T> {
    return this.bridges[k].call(f, onProgress);
  }

  /** End every worker; runs in flight reject with CancelledError and the next run starts fresh workers. */
  cancel(): void {
    for (const b of this.bridges) b.cancel();
  }

  dispose(): void {
    this.cancel();
  }
}
