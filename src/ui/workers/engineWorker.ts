/**
 * The one place the page names the engine worker's entry. Vite finds the entry from this literal
 * `new Worker(new URL(…))` and bundles the engine into the worker chunk; the page imports only its type.
 */
export type { EngineApi } from '../../../workers/engine.worker';

/** name: what the worker starts on its own (workers/builtInApi.ts runAtStart), before any message comes. */
export function spawnEngineWorker(name?: string): Worker {
  return new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), { type: 'module', name });
}
