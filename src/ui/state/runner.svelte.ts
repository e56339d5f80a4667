/**
 * Runs the scenario being edited: debounced, the newest edit wins, the last good result stays on
 * screen while the next is computed. A run that takes long is ended when a newer edit arrives.
 */
import type { Scenario } from '../../engine/scenario';
import { CancelledError, type EngineClient, type RunSuccess, type ValidationError } from '../engineClient';

export type RunStatus = 'idle' | 'pending' | 'running' | 'done' | 'invalid' | 'failed' | 'cancelled';

/** A run in flight longer than this is ended for a newer edit rather than waited for. */
const ABANDON_AFTER_MS = 300;

export class Runner {
  status = $state<RunStatus>('idle');
  /** 0..1 through the years of the current run */
  progress = $state(0);
  /** the last successful run, kept while a newer one computes */
  outcome = $state.raw<RunSuccess | null>(null);
  /** validation errors of the newest scenario (empty when it is valid) */
  errors = $state.raw<ValidationError[]>([]);
  message = $state('');

  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlightSince: number | null = null;

  constructor(
    private readonly client: EngineClient,
    /** told of every successful run, newest only */
    private readonly onDone: (outcome: RunSuccess) => void = () => {},
    private readonly delayMs = 120,
  ) {}

  /** Ask for a run of this scenario; only the last request within delayMs is run. */
  request(scenario: Scenario): void {
    clearTimeout(this.timer);
    this.status = 'pending';
    this.timer = setTimeout(() => void this.runNow(scenario), this.delayMs);
  }

  async runNow(scenario: Scenario): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlightSince !== null && performance.now() - this.inFlightSince > ABANDON_AFTER_MS) this.client.cancel();
    const id = ++this.seq;
    this.status = 'running';
    this.progress = 0;
    this.inFlightSince = performance.now();
    try {
      const outcome = await this.client.run(scenario, (done, total) => {
        if (id === this.seq) this.progress = done / total;
      });
      if (id !== this.seq) return;
      if (outcome.ok) {
        this.outcome = outcome;
        this.errors = [];
        this.status = 'done';
        this.onDone(outcome);
      } else {
        this.errors = outcome.errors;
        this.status = 'invalid';
      }
    } catch (error) {
      if (id !== this.seq) return;
      this.status = error instanceof CancelledError ? 'cancelled' : 'failed';
      this.message = error instanceof Error ? error.message : String(error);
    } finally {
      if (id === this.seq) this.inFlightSince = null;
    }
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.seq++;
    this.inFlightSince = null;
    this.client.cancel();
    this.status = 'cancelled';
  }
}
