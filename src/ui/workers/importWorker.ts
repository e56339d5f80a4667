/**
 * The one place the page names the import worker's entry, as engineWorker.ts does for the engine:
 * Vite bundles the Excel and CSV readers into the worker chunk from this literal.
 */
export type { ImportApi } from '../../../workers/import.worker';

export function spawnImportWorker(): Worker {
  return new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' });
}
