/**
 * The engine worker's calls that a visit's first run never needs: Monte Carlo draws, goal seek,
 * comparisons, plan synthesis, the guide's worked runs and file imports. They are two fifths of the
 * worker's code; kept in a chunk of their own, loaded on the first such call (engine.worker.ts), they
 * are not fetched, compiled and evaluated before a first visit's run can start.
 */
import { compareApi } from './compareApi';
import { drawsApi } from './drawsApi';
import { helpApi } from './helpApi';
import { homeDrawsApi } from './homeDrawsApi';
import { importApi } from './importApi';
import { seekApi } from './seekApi';
import { synthesisApi } from './synthesisApi';

export const laterApi = { ...drawsApi, ...homeDrawsApi, ...seekApi, ...compareApi, ...synthesisApi, ...helpApi, ...importApi };

export type LaterApi = typeof laterApi;

