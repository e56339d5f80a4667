/**
 * The engine worker's Monte Carlo calls: a pool of engine workers (src/ui/analysis/drawPool.ts) shares
 * a scenario's draws, each running contiguous ranges handed out on demand, from the draw kit the
 * worker that ran the scenario made for them (src/engine/uncertainty/drawKit.ts,
 * workers/homeDrawsApi.ts). Chunks travel with their typed arrays transferred, not copied.
 */
import { transfer } from 'comlink';
import { chunkBuffers, createDrawContext, kitContext, runDraws, type DrawChunk, type DrawContext, type DrawKit, type Scenario } from '../src/engine';
import type { ValidationError } from '../src/io/validateScenario';
import { drawing, idle } from './idleRelease';
import { validateScenario } from './validator';

export type DrawsOutcome = { ok: true; chunk: DrawChunk; elapsedMs: number } | { ok: false; errors: ValidationError[] };

/**
 * The scenario this worker last ran draws of, by the number the page gave it (src/ui/analysis/drawPool.ts),
 * checked and prepared: asked again for the same scenario (another range, a goal seek's repeat, the
 * analysis run again), the worker neither checks it again nor flattens the city, places its cells and
 * rasters its facilities again. Matched on the page's number rather than the JSON text, which for a
 * province would be 17 MB kept in every worker and 17 MB more written out on every call.
 */
let kept: { revision: number; scenario: Scenario; ctx: DrawContext } | null = null;

/**
 * Progress at most ten times a second, and the last: each report is a message to the page and a
 * redraw there, which at a millisecond a draw would cost as much as the draws.
 */
function everyTenth(report: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    void report(done, total);
  };
}

/** The one message on a kit's port; the port is closed once it has come. */
const kitFrom = (port: MessagePort): Promise<DrawKit> =>
  new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<DrawKit>) => {
      port.close();
      resolve(event.data);
    };
  });

export const drawsApi = {
  /**
   * Run the draws [from, to) of a scenario: the one this worker holds under `revision`, else the kit's
   * (drawKit below, made and checked by the worker that ran it), else `input`, checked here. onProgress
   * (draws done in this range, draws in it) must be wrapped in comlink's proxy() on the page side.
   * revision numbers the scenario object on the page, which never changes once sent: the same number
   * means the same scenario; without one, the scenario is prepared afresh. input null stands for the
   * scenario held or the kit's, which the page then need not copy (for a province, 20 MB a worker and
   * a second of work on each side). kit is the port on which the worker that ran the scenario sends
   * the kit (homeDrawsApi.prepareDraws), so the page never holds it.
   */
  async runDraws(input: unknown, from: number, to: number, onProgress?: (done: number, total: number) => void, revision?: number, kit?: MessagePort): Promise<DrawsOutcome> {
    const started = performance.now();
    if (revision === undefined || kept?.revision !== revision) {
      // Dropped before the new one is made, so a worker never holds two prepared provinces at once.
      kept = null;
      const made = kit && (await kitFrom(kit));
      if (made) kept = { revision: revision ?? NaN, scenario: made.scenario, ctx: kitContext(made) };
      else {
        if (input === null) throw new Error(`no scenario sent, and this worker holds none numbered ${revision}`);
        const checked = validateScenario(input);
        if (!checked.ok) return { ok: false, errors: checked.errors };
        kept = { revision: revision ?? NaN, scenario: checked.scenario, ctx: createDrawContext(checked.scenario) };
      }
    }
    drawing(kept.ctx);
    const chunk = runDraws(kept.scenario, from, to, onProgress && everyTenth(onProgress), kept.ctx);
    // Between runs the worker waits with the scenario prepared but without the draws' arrays: at
    // province scale 31 MB a worker, held in the tab while the user reads the results.
    idle(kept.ctx);
    return transfer<DrawsOutcome>({ ok: true, chunk, elapsedMs: Math.round(performance.now() - started) }, chunkBuffers(chunk));
  },
};
