/**
 * A removal as one undo step, with a notice whose undo applies only while nothing else has changed
 * since. Shared by the tables that remove rows (city, targets).
 */
import type { Scenario } from '../../engine/scenario';
import type { App } from '../state/app.svelte';
import type { Workbench } from './workbench.svelte';

/** `message` says what was removed, in each language. */
export function removeWithUndo(wb: Workbench, app: App, next: Scenario, message: { zh: string; en: string }): void {
  wb.doc.replace(next, 'remove');
  app.notice = {
    ...message,
    undo: () => {
      if (wb.doc.scenario === next) wb.doc.undo();
    },
  };
}
