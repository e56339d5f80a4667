/**
 * Named moments of a visit on the page's performance timeline, read by the interaction benchmark
 * (tests/bench/firstVisit.ts) to say where a first visit's time goes. A mark costs microseconds.
 */
export type Moment =
  /** the app's code has loaded and started */
  | 'boot'
  /** the library (IndexedDB) is open */
  | 'store-open'
  /** the demo's JSON has arrived and been parsed */
  | 'demo-fetched'
  /** the demo is in the library and the workbench opens it */
  | 'demo-opened'
  /** the engine worker answered a run (detail: its time in the worker, ms) */
  | 'run-answered'
  /** the verdicts of a new result are painted */
  | 'verdicts-drawn'
  /** the charts of a new result are painted */
  | 'results-drawn';

/** detail: a figure that goes with the moment (the run's time in the worker) */
export function mark(moment: Moment, detail?: number): void {
  performance.mark(`shapan:${moment}`, { detail });
}
