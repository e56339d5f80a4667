/** The calls of the engine worker's later chunk, named without loading it (engine.worker.ts). */
import type { LaterApi } from './laterApi';

// laterApi.test.ts checks the list against the chunk's calls.
export const LATER_CALLS = [
  'runDraws',
  'prepareDraws',
  'drawsHere',
  'stopDraws',
  'describeLever',
  'seek',
  'seekOverDraws',
  'applyLever',
  'compare',
  'prepareSolver',
  'synthesize',
  'leadTime',
  'helpRun',
  'importFiles',
] as const satisfies readonly (keyof LaterApi)[];
