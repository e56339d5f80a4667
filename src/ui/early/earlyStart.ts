/**
 * What a visit starts before the app's code has arrived: the engine worker (its script is the largest
 * the first screen needs, and it compiles on its own thread) and, on what looks like a first visit,
 * the demo's download and its run. The worker is named for the demo's file, so it fetches and runs it
 * as soon as it has started (workers/builtInApi.ts), not when the page's main thread, busy loading the
 * app, is free to send it a message; it takes the copy the page started downloading first. The page's
 * entry (src/main.ts) calls startEarly() and only then loads the app, which takes these over
 * (takeEarlyBridge, takeEarlyDemo). Kept apart from the app's chunk, so the entry stays a few kB.
 */
import type { RunOutcome } from '../engineClient';
import { BUILT_INS, fetchBuiltInText } from '../library/builtIns';
import { mark } from '../timing/marks';
import { WorkerBridge } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { runAtStartName } from '../../../workers/runAtStart';

export interface EarlyDemo {
  /** the demo's file, as text */
  text: Promise<string>;
  /** its run (EngineClient.runBuiltIn) */
  run: Promise<RunOutcome>;
}

let bridge: WorkerBridge<EngineApi> | null = null;
let demo: EarlyDemo | null = null;

/**
 * A first visit: the library page, and no service worker yet in charge of the page (it installs on
 * the first visit). The library may still hold scenarios (src/ui/library/firstVisit.ts decides).
 */
function looksFirst(): boolean {
  const library = location.hash === '' || location.hash === '#' || location.hash === '#/';
  return library && !navigator.serviceWorker?.controller;
}

export function startEarly(): void {
  const first = looksFirst();
  const { url } = BUILT_INS[0];
  // Before the worker is made, so the worker finds this download under way (workers/builtInApi.ts).
  const text = first ? fetchBuiltInText(BUILT_INS[0]) : null;
  let named = first;
  // Only the first worker runs the demo on its own: one started again after a cancel waits to be asked.
  const early = new WorkerBridge<EngineApi>(() => {
    const worker = spawnEngineWorker(named ? runAtStartName(url) : undefined);
    named = false;
    return worker;
  });
  bridge = early;
  early.open();
  if (!text) return;
  demo = { text, run: early.call<RunOutcome>((api) => api.runBuiltInFile(url)).then(answered) };
  // Awaited only on a first visit, which handles a failure; otherwise dropped.
  demo.text.catch(() => {});
  demo.run.catch(() => {});
}

/** Marks the moment the first run is answered (src/ui/timing/marks.ts). */
export function answered(outcome: RunOutcome): RunOutcome {
  if (outcome.ok) mark('run-answered', outcome.elapsedMs);
  return outcome;
}

/** The bridge to the worker started early, once; null after (or when the entry did not start one). */
export function takeEarlyBridge(): WorkerBridge<EngineApi> | null {
  const taken = bridge;
  bridge = null;
  return taken;
}

/** The demo fetched and run early on what looks like a first visit, once; null otherwise. */
export function takeEarlyDemo(): EarlyDemo | null {
  const taken = demo;
  demo = null;
  return taken;
}
