/**
 * The draws' arrays (31 MB a worker at province scale) go once the worker has drawn nothing for a
 * second, not at the end of each range: the pool hands a run out in ranges on demand
 * (src/engine/uncertainty/drawQueue.ts), and a worker that let them go after each range would make
 * them again for the next, about ten times a run, with the last range's arrays still uncollected
 * beside the new ones. A worker never holds two contexts' arrays: drawing on one lets the other's go.
 */
import type { DrawContext } from '../src/engine';

export const IDLE_MS = 1_000;

let waiting: { ctx: DrawContext; timer: ReturnType<typeof setTimeout> } | null = null;

/** ctx is about to draw: its arrays stay, and those of any other context kept idle here go now. */
export function drawing(ctx: DrawContext): void {
  if (!waiting) return;
  clearTimeout(waiting.timer);
  if (waiting.ctx !== ctx) waiting.ctx.release();
  waiting = null;
}

/** ctx has drawn its range: its arrays go in IDLE_MS unless it draws again before then. */
export function idle(ctx: DrawContext): void {
  drawing(ctx);
  waiting = { ctx, timer: setTimeout(() => releaseNow(ctx), IDLE_MS) };
}

/** ctx's arrays go at once (its run was stopped or superseded). */
export function releaseNow(ctx: DrawContext): void {
  if (waiting?.ctx === ctx) {
    clearTimeout(waiting.timer);
    waiting = null;
  }
  ctx.release();
}
