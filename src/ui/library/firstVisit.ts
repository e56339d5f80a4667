/**
 * On the very first visit the library is empty: open a copy of the demo right away, so a newcomer
 * sees verdicts and charts without having to find the button. The demo is fetched while the library
 * opens (earlyDemo), and run at once: the run checks it (the worker carries the validator) and its
 * result is handed to the workbench that opens it, so the demo is checked and projected once.
 */
import type { Scenario } from '../../engine/scenario';
import type { App } from '../state/app.svelte';
import { mark } from '../timing/marks';
import { BUILT_INS, fetchBuiltIn } from './builtIns';
import { newRecord } from './createFromBuiltIn';

/**
 * The demo, fetched before the library is open, when this looks like a first visit: the library page,
 * and no service worker yet in charge of the page (it installs on the first visit). null otherwise.
 */
export function earlyDemo(): Promise<unknown> | null {
  const library = location.hash === '' || location.hash === '#' || location.hash === '#/';
  if (!library || navigator.serviceWorker?.controller) return null;
  const demo = fetchBuiltIn(BUILT_INS[0]);
  // Awaited only on a first visit; a failure then is handled there.
  demo.catch(() => {});
  return demo;
}

export async function firstVisit(app: App, early: Promise<unknown> | null = null): Promise<void> {
  if (app.router.route.page !== 'library') return;
  // Damaged records count: a library holding only those is not a first visit, and must show them.
  const [{ items, damaged }, fetched] = await Promise.all([app.store.survey(), early]);
  if (items.length + damaged.length > 0) return;
  const demo = BUILT_INS[0];
  const scenario = fetched ?? (await fetchBuiltIn(demo));
  mark('demo-fetched');
  // A built-in that fails its check leaves the library empty.
  const outcome = await app.client.run(scenario);
  if (!outcome.ok) return;
  mark('run-answered', outcome.elapsedMs);
  const record = newRecord(scenario as Scenario, demo.key);
  await app.store.save(record);
  app.firstRun = { id: record.id, outcome };
  mark('demo-opened');
  app.router.go({ page: 'scenario', id: record.id, tab: 'results' });
}
