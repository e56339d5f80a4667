/**
 * The service worker's registration, held back on a first visit until the first screen is drawn and
 * the visitor then pauses: on installing, it precaches every built file (the Excel code, the solver,
 * about 10 MB), work that would compete for the network and the processor with the first visit's
 * verdicts, and then with the runs of someone moving a lever (on two cores it lengthened the slowest
 * edits by tens of milliseconds). A page the worker already controls registers at once (only an
 * update check).
 */
import { quietAndFree } from './precacheHold';
import type { RegisterSW } from './updateOffer.svelte';

/** the first screen: the charts of the first result painted (src/ui/results/DrawnMark.svelte) */
const FIRST_SCREEN = 'shapan:results-drawn';
/** a first visit that never draws a result (another page opened, the demo unreachable) still installs */
const AT_MOST_MS = 10_000;
/** a pause this long, with no edit and no run answered, is when the precaching starts */
export const QUIET_MS = 4_000;
/** someone who edits without a pause still gets the offline copy this long after the first screen */
export const QUIET_AT_MOST_MS = 60_000;
/** what the visitor does on the page: each restarts the wait for a pause */
const ACTIVITY = ['input', 'change', 'pointerdown', 'keydown', 'wheel'] as const;

/** Resolves when the first result's charts are painted, or after AT_MOST_MS. */
function firstScreen(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, AT_MOST_MS);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_SCREEN).length > 0) done();
    });
    function done(): void {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }
    observer.observe({ type: 'mark', buffered: true });
  });
}

/**
 * Resolves after quietMs with no call of the `busy` it hands to `watch`, or after atMostMs in all.
 * watch returns how to stop watching.
 */
export function quietSpell(watch: (busy: () => void) => () => void, quietMs = QUIET_MS, atMostMs = QUIET_AT_MOST_MS): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, atMostMs);
    const unwatch = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    function done(): void {
      clearTimeout(timer);
      clearTimeout(cap);
      unwatch();
      resolve();
    }
  });
}

/** The page's own activity: the visitor's input, and the app's runs and redraws (its shapan: marks). */
function watchPage(busy: () => void): () => void {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name.startsWith('shapan:'))) busy();
  });
  observer.observe({ type: 'mark' });
  for (const type of ACTIVITY) window.addEventListener(type, busy, { capture: true, passive: true });
  return () => {
    observer.disconnect();
    for (const type of ACTIVITY) window.removeEventListener(type, busy, { capture: true });
  };
}

/**
 * registerSW, called once the first screen is drawn and the page is quiet with no analysis run in
 * flight (precacheHold.ts), when no service worker controls the page yet.
 */
export function registerLater(register: RegisterSW, serviceWorker: ServiceWorkerContainer | undefined = navigator.serviceWorker): RegisterSW {
  if (!serviceWorker || serviceWorker.controller) return register;
  return (options) => {
    // The page's load event has passed by then: register without waiting for it.
    const registered = firstScreen()
      .then(() => quietAndFree(() => quietSpell(watchPage)))
      .then(() => register({ ...options, immediate: true }));
    return async () => (await registered)();
  };
}
