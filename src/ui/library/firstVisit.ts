/**
 * On the very first visit the library is empty: open a copy of the demo right away, so a newcomer
 * sees verdicts and charts without having to find the button. When the visit looks like a first one
 * the page's entry has fetched the demo already (src/ui/early), and it runs while the library opens
 * (earlyDemo); the worker runs the file as it is, since every built-in passes the validator unchanged,
 * and its result is handed to the workbench that opens the demo, so the demo is projected once.
 */
import type { Scenario } from '../../engine/scenario';
import type { EngineClient, RunOutcome } from '../engineClient';
import type { App } from '../state/app.svelte';
import { takeEarlyDemo } from '../early/earlyStart';
import { mark } from '../timing/marks';
import { BUILT_INS, fetchBuiltInText } from './builtIns';
import { newRecord } from './createFromBuiltIn';

export interface EarlyDemo {
  scenario: Promise<unknown>;
  run: Promise<RunOutcome>;
}

/** The demo fetched (or its fetch taken over) and run at once. */
function demoRun(client: EngineClient, text = fetchBuiltInText(BUILT_INS[0])): EarlyDemo {
  const early = { scenario: text.then((t) => JSON.parse(t) as unknown), run: text.then((t) => client.runBuiltIn(t)) };
  // Awaited only on a first visit, which handles a failure; otherwise dropped.
  early.scenario.catch(() => {});
  early.run.catch(() => {});
  return early;
}

/** The demo run, started before the library is open, when the entry fetched it (a likely first visit); null otherwise. */
export function earlyDemo(client: EngineClient): EarlyDemo | null {
  const text = takeEarlyDemo();
  return text && demoRun(client, text);
}

export async function firstVisit(app: App, early: EarlyDemo | null = null): Promise<void> {
  if (app.router.route.page !== 'library') return;
  // Damaged records count: a library holding only those is not a first visit, and must show them.
  const { items, damaged } = await app.store.survey();
  if (items.length + damaged.length > 0) return;
  const demo = early ?? demoRun(app.client);
  const scenario = await demo.scenario;
  mark('demo-fetched');
  // A built-in that cannot run leaves the library empty.
  const outcome = await demo.run;
  if (!outcome.ok) return;
  mark('run-answered', outcome.elapsedMs);
  const record = newRecord(scenario as Scenario, BUILT_INS[0].key);
  await app.store.save(record);
  app.firstRun = { id: record.id, outcome };
  mark('demo-opened');
  app.router.go({ page: 'scenario', id: record.id, tab: 'results' });
}
