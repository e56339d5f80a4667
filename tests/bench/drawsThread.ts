/**
 * One Monte Carlo worker thread for the benchmark: the Node counterpart of the engine worker's
 * runDraws (workers/drawsApi.ts), without comlink or validation (the benchmark's scenarios are built
 * in code). Like the app's worker it keeps the last scenario's draw context, so a thread prepares a
 * scenario once however many ranges and runs of it it is asked for, from the coverage rasters when it
 * is given what they need ready-made (a draw kit) as the app's are. The pool sends { scenario or kit }
 * when the thread does not hold it (threadPool.ts), answered when prepared, then { from, to } for each
 * range it hands out, answered with the chunk, its typed arrays transferred. Every answer carries the
 * thread's own CPU time so far.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { chunkBuffers, createDrawContext, kitContext, runDraws, type DrawContext, type DrawKit, type Scenario } from '../../src/engine/index';

let kept: { scenario: Scenario; ctx: DrawContext } | null = null;

/**
 * This thread's time on a core and waiting for one, in ms (Linux's schedstat; null elsewhere). The
 * process's CPU time (getrusage) also counts the engine's compiler and collector threads and the main
 * thread, so it cannot tell two workers apart.
 */
function threadTimes(): { cpuMs: number; waitMs: number } | null {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { cpuMs: run / 1e6, waitMs: wait / 1e6 };
  } catch {
    return null;
  }
}

parentPort!.on('message', (m: { scenario: Scenario } | { kit: DrawKit } | { from: number; to: number }) => {
  if ('from' in m) {
    const chunk = runDraws(kept!.scenario, m.from, m.to, undefined, kept!.ctx);
    parentPort!.postMessage({ chunk, times: threadTimes() }, chunkBuffers(chunk));
    return;
  }
  const times = threadTimes();
  // Dropped before the new one is made, so a thread never holds two prepared scenarios at once.
  kept = null;
  kept = 'kit' in m ? { scenario: m.kit.scenario, ctx: kitContext(m.kit) } : { scenario: m.scenario, ctx: createDrawContext(m.scenario) };
  parentPort!.postMessage({ times });
});
