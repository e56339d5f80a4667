/**
 * The analysis tab's workers, shared by the Monte Carlo run and the goal seek so that the two never
 * hold two pools of engines at once: one pool of draws workers (drawPool.ts) and one goal-seek worker,
 * both started on first use. Only one analysis runs at a time (the tab disables the other's button),
 * and when the tab is closed the workers are ended as soon as nothing is running.
 */
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { GoalSeekApi } from '../../../workers/goalSeek.worker';
import { CancelledError } from '../engineClient';
import { createDrawPool, type DrawPool } from './drawPool';

export class AnalysisWorkers {
  private pool: DrawPool | null = null;
  private seeker: { worker: Worker; api: Remote<GoalSeekApi> } | null = null;
  private abandon: (() => void)[] = [];

  drawPool(): DrawPool {
    this.pool ??= createDrawPool();
    return this.pool;
  }

  /** Settle with the goal-seek worker's answer, or reject with CancelledError when cancel() comes first. */
  seek<T>(f: (api: Remote<GoalSeekApi>) => Promise<T>): Promise<T> {
    if (!this.seeker) {
      const worker = new Worker(new URL('../../../workers/goalSeek.worker.ts', import.meta.url), { type: 'module' });
      this.seeker = { worker, api: wrap<GoalSeekApi>(worker) };
    }
    const { api } = this.seeker;
    return new Promise<T>((resolve, reject) => {
      const onCancel = () => reject(new CancelledError());
      this.abandon.push(onCancel);
      f(api)
        .then(resolve, reject)
        .finally(() => (this.abandon = this.abandon.filter((x) => x !== onCancel)));
    });
  }

  /** End everything in flight: the workers are terminated (a run cannot be interrupted) and start again on next use. */
  cancel(): void {
    this.pool?.cancel();
    if (this.seeker) {
      this.seeker.api[releaseProxy]();
      this.seeker.worker.terminate();
      this.seeker = null;
    }
    const pending = this.abandon;
    this.abandon = [];
    for (const reject of pending) reject();
  }

  dispose(): void {
    this.cancel();
    this.pool?.dispose();
    this.pool = null;
  }
}
