/**
 * Runs the scenario being edited. An edit runs at once when the worker is free; edits that arrive
 * while a run is in flight collapse into one run of the newest scenario when it finishes (a slider
 * drag costs one run per result, not one per pixel). The last good result stays on screen meanwhile.
 * A run that has taken long is ended for the newer edit instead of waited for.
 */
import type { Text } from '../../engine/ruleSet';
import type { Scenario } from '../../engine/scenario';
import type { DrawHome } from '../analysis/drawPool';
import type { EngineClient, RunOutcome, RunSuccess, ValidationError } from '../engineClient';
import { afterPaint } from '../timing/afterPaint';
import { mark } from '../timing/marks';
import { endOf } from '../workers/problemText';

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
  /** why the last run failed */
  message = $state.raw<Text>({ zh: '', en: '' });

  /** Date.now() when the newest run last answered (or failed): its results are drawn only a little after */
  answeredAt = 0;

  private seq = 0;
  private inFlightSince: number | null = null;
  private queued: Scenario | null = null;
  /** the scenario of the newest run, for retry() */
  private latest: Scenario | null = null;

  constructor(
    private readonly client: EngineClient,
    /** told of every successful run, newest only */
    private readonly onDone: (outcome: RunSuccess) => void = () => {},
  ) {}

  /** Ask for a run of this scenario: now if the worker is free, else as soon as it is. */
  request(scenario: Scenario): void {
    if (this.inFlightSince === null) {
      void this.runNow(scenario);
      return;
    }
    if (performance.now() - this.inFlightSince > ABANDON_AFTER_MS) {
      this.client.cancel();
      void this.runNow(scenario);
      return;
    }
    this.queued = scenario;
    this.status = 'pending';
  }

  async runNow(scenario: Scenario): Promise<void> {
    this.queued = null;
    this.latest = scenario;
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
        mark('run-answered', outcome.elapsedMs);
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
      ({ status: this.status, message: this.message } = endOf(error));
    } finally {
      if (id === this.seq) {
        this.answeredAt = Date.now();
        this.inFlightSince = null;
        if (this.queued) void this.runNow(this.queued);
      }
    }
  }

  /**
   * Show a run of this scenario made elsewhere, as if it had been made here; one that left coverage
   * out is shown at once and run again in full.
   */
  adopt(scenario: Scenario, outcome: RunSuccess): void {
    this.latest = scenario;
    this.outcome = outcome;
    this.errors = [];
    this.status = 'done';
    if (outcome.coveragePending) {
      // Sending the scenario costs the page tens of ms: the full run waits until these verdicts are painted.
      const id = this.seq;
      afterPaint(() => {
        if (id === this.seq) void this.runNow(scenario);
      });
    } else this.onDone(outcome);
  }

  /**
   * adopt() a run of this scenario still in flight elsewhere (the first visit's demo), once it answers;
   * an edit meanwhile supersedes it, and a run that fails is made here again.
   */
  async adoptWhenAnswered(scenario: Scenario, pending: Promise<RunOutcome>): Promise<void> {
    this.latest = scenario;
    const id = ++this.seq;
    this.status = 'running';
    const outcome = await pending.catch(() => null);
    if (id !== this.seq) return;
    if (outcome?.ok) this.adopt(scenario, outcome);
    else void this.runNow(scenario);
  }

  /**
   * The worker that ran this scenario and keeps its city, as the home of its Monte Carlo draws
   * (src/ui/analysis/drawPool.ts); when it cannot prepare them, each draw worker is sent the scenario,
   * checks it and places its own cells.
   */
  drawHome(scenario: Scenario): DrawHome {
    const home = this.client.drawHome(scenario);
    return { ...home, prepare: (revision, ports) => home.prepare(revision, ports).catch(() => false) };
  }

  /** Run the newest scenario again, after a failure (the worker is started afresh). */
  retry(): void {
    if (this.latest) void this.runNow(this.latest);
  }

  cancel(): void {
    this.seq++;
    this.queued = null;
    this.inFlightSince = null;
    this.client.cancel();
    this.status = 'cancelled';
  }
}
