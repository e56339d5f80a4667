/**
 * One Monte Carlo worker thread for the benchmark: the Node counterpart of the engine worker's
 * runDraws (workers/drawsApi.ts), without comlink or validation (the benchmark's scenarios are built
 * in code). Like the app's worker it keeps the last scenario's draw context, so a thread prepares a
 * scenario once however many ranges of it it is asked for, from the coverage rasters when it is
 * given them (seed) as the app's are. Answers each { scenario, from, to, seed } with the chunk, its
 * typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
import { chunkBuffers, createDrawContext, runDraws, type CoverageSeed, type DrawContext, type Scenario } from '../../src/engine/index';

let kept: { text: string; ctx: DrawContext } | null = null;

parentPort!.on('message', ({ scenario, from, to, seed }: { scenario: Scenario; from: number; to: number; seed?: CoverageSeed }) => {
  const text = JSON.stringify(scenario);
  if (kept?.text !== text) kept = { text, ctx: createDrawContext(scenario, seed) };
  const chunk = runDraws(scenario, from, to, undefined, kept.ctx);
  parentPort!.postMessage(chunk, chunkBuffers(chunk));
});
