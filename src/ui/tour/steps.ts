/**
 * The tour's steps, in order, each on a tab of the demo's workbench and pointing at one element:
 * verdicts → what binds → a lever → a figure → its explanation → the report. Selectors name the
 * elements the e2e suite drives too (data-testid), so a renamed element fails a test, not the tour.
 */
import type { TourStepId } from '../../i18n/tour';
import type { Tab } from '../state/router.svelte';

export interface TourStep {
  id: TourStepId;
  tab: Tab;
  /** the element the bubble points at */
  target: string;
  /** a figure the step clicks on entering, to open its explanation in the side panel */
  opens?: string;
}

const FIRST_VERDICT = '[data-testid="verdict-table"] tbody tr:first-child';
/** the first verdict figure that opens an explanation (src/ui/results/FigureButton.svelte) */
const FIRST_FIGURE = '[data-testid="verdict-table"] button.figure';

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'verdicts', tab: 'results', target: '[data-testid="verdict-table"]' },
  { id: 'binding', tab: 'results', target: `${FIRST_VERDICT} td:last-child` },
  { id: 'lever', tab: 'plan', target: 'fieldset:has([data-testid="lever-plan-hiring-capacityPerYear"])' },
  { id: 'figure', tab: 'results', target: FIRST_FIGURE },
  { id: 'panel', tab: 'results', target: '[data-testid="side-panel"]', opens: FIRST_FIGURE },
  { id: 'report', tab: 'results', target: '[data-testid="tab-report"]' },
];
