/**
 * Monte Carlo draws in the engine worker that ran the scenario and keeps its city (workers/preparedCity.ts):
 * it serves ranges of the draws itself, so a run needs one draw worker fewer (src/ui/analysis/drawPool.ts).
 * At province scale a draw worker is 60–80 MB of the tab (its heap, the kit, the arrays the draws reuse).
 * Unlike a draw worker, this one cannot be ended to stop a run: the page's runs, explanations and map
 * layers go to it too. So it draws one at a time, lets waiting calls in between, and stops between two
 * draws when told to or when the next run starts.
 */
import { transfer } from 'comlink';
import { chunkBuffers, drawKit, kitContext, mergeChunks, runDraws, type DrawChunk, type DrawContext, type DrawKit, type Scenario } from '../src/engine';
import { checkWithKeptCity } from './checkedOnce';
import type { DrawsOutcome } from './drawsApi';
import { drawing, idle, releaseNow } from './idleRelease';
import { arraysForDraws } from './lastRun';
import { coverageRanOn, preparedCity } from './preparedCity';

/** The draws prepared here, under the page's number for their scenario (drawPool.ts). */
let home: { revision: number; ctx: DrawContext } | null = null;
/** numbers the runs here: a run goes on while it is the newest and no stop came after it */
let current = 0;

/** Calls waiting for this worker get in this often, at most: a province's draw takes about 100 ms. */
const SLICE_MS = 30;

/** A task's turn for the messages waiting: a MessageChannel's message, which no timer clamp delays. */
const letCallsIn = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

function kitOf(scenario: Scenario, cityRevision: number): DrawKit {
  const { flat, prep } = preparedCity(scenario, cityRevision);
  return drawKit(scenario, flat, prep, prep && coverageRanOn(prep));
}

export const homeDrawsApi = {
  /**
   * Prepare here the draws of a scenario sent without its city, which is the one kept under cityRevision,
   * under the page's number `revision`, and send the kit on each port, to a draw worker that holds the
   * other end (drawsApi.runDraws): the kit goes straight there, never through the page. false when this
   * worker holds no such city or the scenario does not pass.
   */
  prepareDraws(input: Record<string, unknown>, cityRevision: number, revision: number, ports: MessagePort[]): boolean {
    home = null;
    const checked = checkWithKeptCity(input, cityRevision);
    const kit = checked?.ok ? kitOf(checked.scenario, cityRevision) : null;
    if (!kit) return false;
    // Copied, not moved: this worker draws on the same rasters.
    for (const port of ports) port.postMessage(kit);
    // The draws take their arrays from this worker's runs of the city (lastRun.ts), not arrays of their own.
    home = { revision, ctx: kitContext(kit, arraysForDraws(cityRevision)) };
    return true;
  },

  /**
   * Draws [from, to) of the scenario prepared under `revision`, as runDraws gives them; null when this
   * worker holds none (it was restarted) or the run was stopped. onProgress as in drawsApi.runDraws.
   */
  async drawsHere(revision: number, from: number, to: number, onProgress?: (done: number, total: number) => void): Promise<DrawsOutcome | null> {
    const started = performance.now();
    const mine = ++current;
    const ctx = home?.revision === revision ? home.ctx : null;
    if (!ctx) return null;
    drawing(ctx);
    const chunks: DrawChunk[] = [];
    let sliceStart = performance.now();
    let reported = -Infinity;
    for (let d = from; d < to; d++) {
      if (performance.now() - sliceStart >= SLICE_MS) {
        await letCallsIn();
        if (mine !== current) {
          releaseNow(ctx);
          return null;
        }
        sliceStart = performance.now();
      }
      // One draw a chunk: the draws do not depend on one another, so merged they are runDraws(from, to).
      chunks.push(runDraws(ctx.scenario, d, d + 1, undefined, ctx));
      // At most ten reports a second, and the last, as the draw workers report.
      const now = performance.now();
      if (onProgress && (d + 1 === to || now - reported >= 100)) {
        reported = now;
        void onProgress(d + 1 - from, to - from);
      }
    }
    const chunk = mergeChunks(chunks.length > 0 ? chunks : [runDraws(ctx.scenario, from, to, undefined, ctx)]);
    // As a draw worker does (drawsApi.runDraws): the draws' arrays go once no range follows, unless they
    // are those of this worker's runs (lastRun.ts), which stay.
    idle(ctx);
    return transfer<DrawsOutcome>({ ok: true, chunk, elapsedMs: Math.round(performance.now() - started) }, chunkBuffers(chunk));
  },

  /** Stop the run in flight here, between two draws. */
  stopDraws(): void {
    current++;
  },
};
