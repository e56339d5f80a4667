import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietSpell } from './registerLater';

describe('quietSpell', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause with no activity, each activity restarting the wait', async () => {
    let busy = (): void => {};
    let watching = false;
    let ended = false;
    void quietSpell((b) => ((busy = b), (watching = true), () => void (watching = false)), 1_000, 60_000).then(() => (ended = true));
    // Edits every 600 ms for 3 s: never a 1 s pause, so the wait goes on.
    for (let t = 0; t < 5; t++) {
      await vi.advanceTimersByTimeAsync(600);
      busy();
    }
    expect(ended).toBe(false);
    // 999 ms after the last edit: still not a full pause.
    await vi.advanceTimersByTimeAsync(999);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toBe(true);
    expect(watching).toBe(false);
  });

  it('ends after atMostMs for someone who never pauses', async () => {
    let busy = (): void => {};
    let ended = false;
    void quietSpell((b) => ((busy = b), () => {}), 1_000, 5_000).then(() => (ended = true));
    // Activity every 500 ms: without the cap the wait would never end.
    for (let t = 500; t < 5_000; t += 500) {
      await vi.advanceTimersByTimeAsync(500);
      busy();
    }
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(ended).toBe(true);
  });
});
