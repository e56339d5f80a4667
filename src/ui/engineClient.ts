/**
 * The page's handle on the engine worker. Only the worker's type is imported here, so the engine
 * itself is bundled into the worker chunk and never into the page.
 */
import { proxy, releaseProxy, wrap } from 'comlink';
import type { EngineApi, RunOutcome, RunStage } from '../../workers/engine.worker';

export interface EngineClient {
  run(scenario: unknown, onStage?: (stage: RunStage) => void): Promise<RunOutcome>;
  /** stop the worker; a run in flight is abandoned */
  dispose(): void;
}

export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<EngineApi>(worker);
  return {
    run: (scenario, onStage) => api.run(scenario, onStage ? proxy(onStage) : undefined),
    dispose() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
