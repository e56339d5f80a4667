/**
 * One Monte Carlo worker thread for the benchmark: the Node counterpart of the engine worker's
 * runDraws (workers/drawsApi.ts), without comlink or validation (the benchmark's scenarios are built
 * in code). Answers each { scenario, from, to } with the chunk, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
import { chunkBuffers, runDraws, type Scenario } from '../../src/engine/index';

parentPort!.on('message', ({ scenario, from, to }: { scenario: Scenario; from: number; to: number }) => {
  const chunk = runDraws(scenario, from, to);
  parentPort!.postMessage(chunk, chunkBuffers(chunk));
});
