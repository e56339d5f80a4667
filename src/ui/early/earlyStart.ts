/**
 * What a visit starts before the app's code has arrived: the engine worker (its script is the largest
 * the first screen needs, and it compiles on its own thread) and, on what looks like a first visit,
 * the demo's file. The page's entry (src/main.ts) calls startEarly() and only then loads the app,
 * which takes both over (takeEarlyWorker, takeEarlyDemo). Kept apart from the app's chunk, so the
 * entry is a few hundred bytes.
 */
import { BUILT_INS, fetchBuiltInText } from '../library/builtIns';
import { spawnEngineWorker } from '../workers/engineWorker';

interface Early {
  worker: Worker | null;
  /** the worker fired `error` before the app took it (it could not load): the app starts its own */
  failed: boolean;
  demo: Promise<string> | null;
}

const early: Early = { worker: null, failed: false, demo: null };

/**
 * A first visit: the library page, and no service worker yet in charge of the page (it installs on
 * the first visit). The library may still hold scenarios (src/ui/library/firstVisit.ts decides).
 */
function looksFirst(): boolean {
  const library = location.hash === '' || location.hash === '#' || location.hash === '#/';
  return library && !navigator.serviceWorker?.controller;
}

export function startEarly(): void {
  try {
    const worker = spawnEngineWorker();
    worker.addEventListener('error', () => (early.failed = true), { once: true });
    early.worker = worker;
  } catch {
    // The app starts its own worker and reports a failure the usual way.
  }
  if (looksFirst()) {
    early.demo = fetchBuiltInText(BUILT_INS[0]);
    // Awaited only on a first visit, which handles a failure; otherwise dropped.
    early.demo.catch(() => {});
  }
}

/** The engine worker started early, once, unless it failed to load; null after. */
export function takeEarlyWorker(): Worker | null {
  const { worker, failed } = early;
  early.worker = null;
  if (worker && failed) worker.terminate();
  return failed ? null : worker;
}

/** The demo's text fetched early on what looks like a first visit, once; null otherwise. */
export function takeEarlyDemo(): Promise<string> | null {
  const demo = early.demo;
  early.demo = null;
  return demo;
}
