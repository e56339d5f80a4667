/**
 * The tour's state, kept small because the workbench (the first screen) imports it: the tour's own
 * code and text load only when it runs (src/ui/lazy/views.ts).
 */
import type { ScenarioRecord } from '../../store/records';
import { BUILT_INS } from '../library/builtIns';
import { rememberDismissal, tourDismissed } from './tourFlag';

class TourState {
  running = $state(false);
  step = $state(0);
}

export const tour = new TourState();

/** The tour walks through the demo's own figures, so it runs on a copy of the demo only. */
export const isDemo = (record: Pick<ScenarioRecord, 'source'>): boolean => record.source === BUILT_INS[0].key;

/** On opening the demo: the tour starts unless it was finished or skipped before. */
export function offerTour(record: ScenarioRecord): void {
  if (!tour.running && isDemo(record) && !tourDismissed()) startTour();
}

export function startTour(): void {
  tour.step = 0;
  tour.running = true;
}

/** Finished or skipped: never shown again unless restarted from Help. */
export function endTour(): void {
  rememberDismissal();
  tour.running = false;
}
