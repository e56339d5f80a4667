/** Starting the tour again from Help: on the latest copy of the demo, or a new copy if the library has none. */
import type { Scenario } from '../../engine/scenario';
import { BUILT_INS, fetchBuiltIn } from '../library/builtIns';
import { newRecord } from '../library/createFromBuiltIn';
import type { App } from '../state/app.svelte';
import { isDemo, startTour } from './tour.svelte';
import { forgetDismissal } from './tourFlag';

export async function restartTour(app: App): Promise<void> {
  const { items } = await app.store.survey();
  // The survey lists the latest first.
  let id = items.find(isDemo)?.id;
  if (!id) {
    const demo = BUILT_INS[0];
    const scenario = await fetchBuiltIn(demo);
    if ((await app.client.validate(scenario)).length > 0) throw new Error(`${demo.key} does not validate`);
    const record = newRecord(scenario as Scenario, demo.key);
    await app.store.save(record);
    id = record.id;
  }
  forgetDismissal();
  startTour();
  app.router.go({ page: 'scenario', id, tab: 'results' });
}
