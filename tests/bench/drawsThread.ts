/**
 * One Monte Carlo worker thread for the benchmark: the Node counterpart of the engine worker's
 * runDraws (workers/drawsApi.ts), without comlink or validation (the benchmark's scenarios are built
 * in code). Like the app's worker it keeps the last scenario's draw context, so a thread prepares a
 * scenario once however many ranges of it it is asked for, from the coverage rasters when it is
 * given what they need ready-made (a draw kit) as the app's are. Answers each { scenario or kit, from,
 * to } with the chunk, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
import { chunkBuffers, createDrawContext, kitContext, runDraws, type DrawContext, type DrawKit, type Scenario } from '../../src/engine/index';

let kept: { text: string; ctx: DrawContext } | null = null;

parentPort!.on('message', ({ scenario, kit, from, to }: { scenario?: Scenario; kit?: DrawKit; from: number; to: number }) => {
  const drawn = kit?.scenario ?? scenario!;
  const text = JSON.stringify(drawn);
  if (kept?.text !== text) kept = { text, ctx: kit ? kitContext(kit) : createDrawContext(drawn) };
  const chunk = runDraws(drawn, from, to, undefined, kept.ctx);
  parentPort!.postMessage(chunk, chunkBuffers(chunk));
});
