/**
 * Imports are read in an engine worker of their own (workers/importApi.ts): the same script as the
 * engine's, started apart so that ending a long import ends nothing else.
 */
import { spawnEngineWorker } from './engineWorker';

export type { EngineApi as ImportApi } from './engineWorker';

export const spawnImportWorker = spawnEngineWorker;
