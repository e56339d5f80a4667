/**
 * On the very first visit the library is empty: open a copy of the demo right away, so a newcomer
 * sees verdicts and charts without having to find the button. When the visit looks like a first one
 * the page's entry has had the worker fetch and run the demo already (src/ui/early), so it runs
 * while the app loads and the library opens; the worker runs the file as it is, since every built-in
 * passes the validator unchanged, and its result is handed to the workbench that opens the demo (it
 * opens without waiting for it), so the demo is projected once.
 */
import type { Scenario } from '../../engine/scenario';
import { prepareNumbers } from '../../i18n/format';
import type { EngineClient } from '../engineClient';
import type { App } from '../state/app.svelte';
import { answered, type EarlyDemo } from '../early/earlyStart';
import { mark } from '../timing/marks';
import { BUILT_INS, fetchBuiltInText } from './builtIns';
import { newRecord } from './createFromBuiltIn';

/** The demo fetched and run at once, when the page's entry did not start it (src/ui/early). */
function demoRun(client: EngineClient): EarlyDemo {
  return { text: fetchBuiltInText(BUILT_INS[0]), run: client.runBuiltIn(BUILT_INS[0].url).then(answered) };
}

export async function firstVisit(app: App, early: EarlyDemo | null = null): Promise<void> {
  if (app.router.route.page !== 'library') return;
  // Damaged records count: a library holding only those is not a first visit, and must show them.
  const { items, damaged } = await app.store.survey();
  if (items.length + damaged.length > 0) return;
  const demo = early ?? demoRun(app.client);
  const scenario = JSON.parse(await demo.text) as unknown;
  mark('demo-fetched');
  const record = newRecord(scenario as Scenario, BUILT_INS[0].key);
  // The workbench opens the record as stored, without reading it back, while the run is still under
  // way, and shows the run when it answers.
  app.firstRun = { record: await app.store.save(record), outcome: demo.run };
  mark('demo-opened');
  app.router.go({ page: 'scenario', id: record.id, tab: 'results' });
  // The page is idle until the run answers; its verdicts then need the language's number format.
  prepareNumbers(app.locale);
}
