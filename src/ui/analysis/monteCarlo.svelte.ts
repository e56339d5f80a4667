/**
 * One Monte Carlo run of the scenario being edited: draws spread over the pool, progress as draws
 * done, cancel, and the summary (odds, fans, tornado) once every draw is back. The summary stays
 * with the scenario it came from, so the tab can say when the scenario has changed since.
 */
import type { Scenario } from '../../engine/scenario';
import type { DrawSummary } from '../../engine/uncertainty/summariseDraws';
import { summariseDraws } from '../../engine/uncertainty/summariseDraws';
import type { Text } from '../../engine/ruleSet';
import { endOf } from '../workers/problemText';
import type { ValidationError } from '../engineClient';
import type { AnalysisWorkers } from './analysisWorkers';

export type MonteCarloStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'invalid' | 'failed';

export interface MonteCarloRun {
  summary: DrawSummary;
  scenario: Scenario;
  workers: number;
  elapsedMs: number;
}

export class MonteCarlo {
  status = $state<MonteCarloStatus>('idle');
  done = $state(0);
  total = $state(0);
  workers = $state(0);
  last = $state.raw<MonteCarloRun | null>(null);
  errors = $state.raw<ValidationError[]>([]);
  message = $state.raw<Text>({ zh: '', en: '' });

  constructor(
    private readonly pool: AnalysisWorkers,
    private readonly settled: () => void,
  ) {}

  async run(scenario: Scenario): Promise<void> {
    const draws = scenario.uncertainty?.draws ?? 0;
    const pool = this.pool.drawPool();
    this.status = 'running';
    this.done = 0;
    this.total = draws;
    this.workers = Math.min(pool.size, Math.max(1, draws));
    this.errors = [];
    this.message = { zh: '', en: '' };
    try {
      const outcome = await pool.run(scenario, draws, (done, total) => {
        this.done = done;
        this.total = total;
      });
      if (!outcome.ok) {
        this.errors = outcome.errors;
        this.status = 'invalid';
        return;
      }
      this.last = { summary: summariseDraws([outcome.chunk]), scenario, workers: this.workers, elapsedMs: outcome.elapsedMs };
      this.status = 'done';
    } catch (error) {
      ({ status: this.status, message: this.message } = endOf(error));
    } finally {
      this.settled();
    }
  }

  cancel(): void {
    this.pool.cancel();
  }
}
