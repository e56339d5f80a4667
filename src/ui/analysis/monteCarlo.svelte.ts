/**
 * One Monte Carlo run of the scenario being edited: draws spread over the pool, progress as draws
 * done, cancel, and the summary (odds, fans, tornado) once every draw is back. The summary stays
 * with the scenario it came from, so the tab can say when the scenario has changed since.
 */
import type { Scenario } from '../../engine/scenario';
import type { DrawSummary } from '../../engine/uncertainty/summariseDraws';
import { summariseDraws } from '../../engine/uncertainty/summariseDraws';
import type { AnalysisWorkers } from './analysisWorkers';
import type { DrawHome } from './drawPool';
import { WorkerRun } from './workerRun.svelte';

export interface MonteCarloRun {
  summary: DrawSummary;
  scenario: Scenario;
  workers: number;
  elapsedMs: number;
}

export class MonteCarlo extends WorkerRun {
  workers = $state(0);
  last = $state.raw<MonteCarloRun | null>(null);

  constructor(
    private readonly pool: AnalysisWorkers,
    settled: () => void,
  ) {
    super(settled);
  }

  /** home: the worker that ran the scenario, which draws ranges and makes the kit for the others (Runner.drawHome) */
  async run(scenario: Scenario, home?: DrawHome): Promise<void> {
    const draws = scenario.uncertainty?.draws ?? 0;
    const pool = this.pool.drawPool();
    this.begin(draws);
    this.workers = Math.min(pool.size, Math.max(1, draws));
    await this.track(async () => {
      const outcome = await pool.run(scenario, draws, (done, total) => {
        this.done = done;
        this.total = total;
      }, home);
      if (!outcome.ok) return this.invalid(outcome.errors);
      this.last = { summary: summariseDraws([outcome.chunk]), scenario, workers: this.workers, elapsedMs: outcome.elapsedMs };
      this.status = 'done';
    });
  }

  cancel(): void {
    this.pool.cancel();
  }
}
