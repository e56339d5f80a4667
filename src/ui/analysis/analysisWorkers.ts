/**
 * The analysis tab's workers, shared by the Monte Carlo run and the goal seek so that the two never
 * hold two pools of engines at once: one pool for draws (drawPool.ts) and one engine worker for the
 * goal seek and the plan synthesis, both started on first use. Only one analysis runs at a time (the tab disables the other's
 * button), and when the tab is closed the workers are ended as soon as nothing is running.
 */
import type { Remote } from 'comlink';
import { WorkerBridge, type Progress } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { createDrawPool, type DrawPool } from './drawPool';

export class AnalysisWorkers {
  private pool: DrawPool | null = null;
  private readonly seeker = new WorkerBridge<EngineApi>(spawnEngineWorker);

  drawPool(): DrawPool {
    this.pool ??= createDrawPool();
    return this.pool;
  }

  /** Start the Monte Carlo's workers ahead of its first run (DrawPool.warm), while its tool is shown. */
  warmDraws(): void {
    this.drawPool().warm();
  }

  /** Settle with the goal-seek worker's answer (plan synthesis runs there too), or reject with CancelledError when cancel() comes first. */
  seek<T>(f: (api: Remote<EngineApi>, progress?: Progress) => Promise<T>, onProgress?: Progress): Promise<T> {
    return this.seeker.call(f, onProgress);
  }

  /** Start the engine worker and have it load the solver, ahead of a synthesis; a cancel meanwhile is no matter. */
  prepareSynthesis(): void {
    this.seeker.call((api) => api.prepareSolver()).catch(() => undefined);
  }

  /** End everything in flight: the workers are terminated (a run cannot be interrupted) and start again on next use. */
  cancel(): void {
    this.pool?.cancel();
    this.seeker.cancel();
  }

  dispose(): void {
    this.cancel();
    this.pool?.dispose();
    this.pool = null;
  }
}
