/**
 * On the very first visit the library is empty: open a copy of the demo right away, so a newcomer
 * sees verdicts and charts without having to find the button.
 */
import type { Scenario } from '../../engine/scenario';
import type { App } from '../state/app.svelte';
import { BUILT_INS, fetchBuiltIn } from './builtIns';
import { newRecord } from './createFromBuiltIn';
import { mark } from '../timing/marks';

export async function firstVisit(app: App): Promise<void> {
  if (app.router.route.page !== 'library') return;
  // Damaged records count: a library holding only those is not a first visit, and must show them.
  const { items, damaged } = await app.store.survey();
  if (items.length + damaged.length > 0) return;
  const demo = BUILT_INS[0];
  const scenario = await fetchBuiltIn(demo);
  mark('demo-fetched');
  // Checked in the worker, which carries the validator; a built-in that fails leaves the library empty.
  if ((await app.client.validate(scenario)).length > 0) return;
  const record = newRecord(scenario as Scenario, demo.key);
  await app.store.save(record);
  mark('demo-opened');
  app.router.go({ page: 'scenario', id: record.id, tab: 'results' });
}
