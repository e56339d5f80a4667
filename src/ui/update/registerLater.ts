/**
 * The service worker's registration, held back on a first visit until the first screen is drawn: on
 * installing, it precaches every built file (the Excel code, the solver, about 10 MB) and would compete
 * with the first visit for the network and the processor just when the newcomer waits for the demo's
 * verdicts. A page the worker already controls registers at once (only an update check).
 */
import type { RegisterSW } from './updateOffer.svelte';

/** the first screen: the charts of the first result painted (src/ui/results/DrawnMark.svelte) */
const FIRST_SCREEN = 'shapan:results-drawn';
/** a first visit that never draws a result (another page opened, the demo unreachable) still installs */
const AT_MOST_MS = 10_000;

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

/** registerSW, called once the first screen is drawn when no service worker controls the page yet. */
export function registerLater(register: RegisterSW, serviceWorker: ServiceWorkerContainer | undefined = navigator.serviceWorker): RegisterSW {
  if (!serviceWorker || serviceWorker.controller) return register;
  return (options) => {
    // The page's load event has passed by then: register without waiting for it.
    const registered = firstScreen().then(() => register({ ...options, immediate: true }));
    return async () => (await registered)();
  };
}
