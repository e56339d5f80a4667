/**
 * The analysis tab's state for one open scenario: which tool is shown, the Monte Carlo run, the goal
 * seek, the plan synthesis and the workers they share. Kept per workbench, so switching tabs keeps the last results, and
 * a run started before leaving the tab still finishes; the workers end once the tab is closed and
 * nothing runs.
 */
import type { Workbench } from '../workbench/workbench.svelte';
import { GoalSeekState } from './goalSeek/goalSeek.svelte';
import { MonteCarlo } from './monteCarlo.svelte';
import { AnalysisWorkers } from './analysisWorkers';
import { SynthesisState } from './synthesis/synthesis.svelte';

export type AnalysisTool = 'monteCarlo' | 'goalSeek' | 'synthesis';

export class Analysis {
  tool = $state<AnalysisTool>('monteCarlo');
  /** the distributions table, folded away once results take its place */
  settingsOpen = $state(true);
  readonly workers = new AnalysisWorkers();
  readonly monteCarlo = new MonteCarlo(this.workers, () => this.settled());
  readonly goalSeek = new GoalSeekState(this.workers, () => this.settled());
  readonly synthesis = new SynthesisState(this.workers, () => this.settled());
  private views = 0;

  get busy(): boolean {
    return this.monteCarlo.status === 'running' || this.goalSeek.status === 'running' || this.synthesis.status === 'running';
  }

  /** The tab is shown; returns what to call when it is closed. */
  attach(): () => void {
    this.views++;
    return () => {
      this.views--;
      this.settled();
    };
  }

  private settled(): void {
    if (this.views === 0 && !this.busy) this.workers.dispose();
  }
}

const byWorkbench = new WeakMap<Workbench, Analysis>();

export function analysisOf(wb: Workbench): Analysis {
  let a = byWorkbench.get(wb);
  if (!a) byWorkbench.set(wb, (a = new Analysis()));
  return a;
}
