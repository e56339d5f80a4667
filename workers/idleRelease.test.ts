import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { DrawContext } from '../src/engine';
import { drawing, idle, IDLE_MS, releaseNow } from './idleRelease';

const context = (): DrawContext & { release: Mock<() => void> } => ({ scenario: {} as DrawContext['scenario'], runOne: vi.fn(), coverageLeft: false, release: vi.fn<() => void>() });

describe('idleRelease', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a context\'s arrays while ranges follow one another, and lets them go a second after the last', () => {
    const ctx = context();
    idle(ctx);
    vi.advanceTimersByTime(IDLE_MS - 1);
    // the next range comes just in time: the arrays stay through it and for a whole second after it
    drawing(ctx);
    idle(ctx);
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(ctx.release).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ctx.release).toHaveBeenCalledTimes(1);
  });

  it('never keeps two contexts\' arrays: drawing on a new one lets the idle one go at once', () => {
    const old = context();
    const next = context();
    idle(old);
    drawing(next);
    expect(old.release).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_MS * 2);
    expect(old.release).toHaveBeenCalledTimes(1);
    expect(next.release).not.toHaveBeenCalled();
  });

  it('lets a stopped run\'s arrays go at once, and only once', () => {
    const ctx = context();
    idle(ctx);
    releaseNow(ctx);
    expect(ctx.release).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_MS * 2);
    expect(ctx.release).toHaveBeenCalledTimes(1);
  });
});
