import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdPrecaching, quietAndFree } from './precacheHold';
import { quietSpell } from './registerLater';

describe('quietAndFree', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const spell = () => quietSpell(() => () => {}, 1_000, 5_000);

  it('ends with the quiet spell when no run holds the precaching', async () => {
    let ended = false;
    void quietAndFree(spell).then(() => (ended = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toBe(true);
  });

  it('waits while a run is in flight, then for a fresh quiet spell after it', async () => {
    let ended = false;
    const release = holdPrecaching();
    void quietAndFree(spell).then(() => (ended = true));
    // The spell's pause came at 1 s and its cap at 5 s; the run goes on to 20 s.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ended).toBe(false);
    release();
    // The run's end is activity of its own: a full pause after it (20 s + 1 s), not at once.
    await vi.advanceTimersByTimeAsync(999);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toBe(true);
  });

  it('waits until the last of several runs ends, a release called twice counting once', async () => {
    let ended = false;
    const first = holdPrecaching();
    const second = holdPrecaching();
    void quietAndFree(spell).then(() => (ended = true));
    await vi.advanceTimersByTimeAsync(2_000);
    first();
    first();
    // second still holds: two releases of the first must not free the precaching.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ended).toBe(false);
    second();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ended).toBe(true);
  });
});
