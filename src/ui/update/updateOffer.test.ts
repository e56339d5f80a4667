import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { describe, expect, it } from 'vitest';
import { UpdateOffer } from './updateOffer.svelte';

/** A stand-in for vite-plugin-pwa's registerSW: the test plays the service worker's events. */
function setUp() {
  let hooks: RegisterSWOptions = {};
  const calls = { takeOver: 0, reload: 0 };
  const page = new EventTarget();
  const offer = new UpdateOffer(
    (options) => {
      hooks = options;
      return async () => void (calls.takeOver += 1);
    },
    () => void (calls.reload += 1),
    page,
  );
  return { offer, calls, page, worker: { waiting: () => hooks.onNeedRefresh?.(), tookOver: () => hooks.onNeedReload?.() } };
}

describe('update offer', () => {
  it('offers nothing until a new version waits, then offers it', () => {
    const { offer, worker } = setUp();
    expect(offer.shown).toBeNull();
    worker.waiting();
    expect(offer.shown).toBe('update');
  });

  it('on the user’s word asks the waiting worker to take over, and reloads once it has', () => {
    const { offer, calls, worker } = setUp();
    worker.waiting();
    offer.accept();
    expect(calls).toEqual({ takeOver: 1, reload: 0 });
    worker.tookOver();
    expect(calls).toEqual({ takeOver: 1, reload: 1 });
  });

  it('never reloads a page whose user did not ask, even when another tab let the new version in', () => {
    const { offer, calls, worker } = setUp();
    worker.waiting();
    worker.tookOver();
    expect(calls.reload).toBe(0);
    expect(offer.shown).toBe('update');
    // The worker has already taken over, so accepting now is a plain reload.
    offer.accept();
    expect(calls).toEqual({ takeOver: 0, reload: 1 });
  });

  it('can be put off, and comes back when the next version waits', () => {
    const { offer, worker } = setUp();
    worker.waiting();
    offer.dismiss();
    expect(offer.shown).toBeNull();
    worker.waiting();
    expect(offer.shown).toBe('update');
  });

  it('says so when a chunk cannot load, and its reload takes the waiting version if there is one', () => {
    const { offer, calls, page, worker } = setUp();
    page.dispatchEvent(new Event('vite:preloadError'));
    expect(offer.shown).toBe('chunkFailed');
    offer.accept();
    expect(calls).toEqual({ takeOver: 0, reload: 1 });
    worker.waiting();
    expect(offer.shown).toBe('chunkFailed');
    offer.accept();
    expect(calls).toEqual({ takeOver: 1, reload: 1 });
  });
});
