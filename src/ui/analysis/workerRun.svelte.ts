/**
 * What the analysis tab's tools share about a run in the workers: its status, progress, the
 * validation errors that stopped it and why it failed. track() runs the body and, however it ends,
 * tells the tab (which ends its workers once the tab is closed and nothing runs).
 */
import type { Text } from '../../engine/ruleSet';
import type { ValidationError } from '../engineClient';
import { holdPrecaching } from '../update/precacheHold';
import { endOf } from '../workers/problemText';

export type WorkerRunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'invalid' | 'failed';

const NOTHING: Text = { zh: '', en: '' };

export class WorkerRun {
  status = $state<WorkerRunStatus>('idle');
  done = $state(0);
  total = $state(0);
  errors = $state.raw<ValidationError[]>([]);
  message = $state.raw<Text>(NOTHING);

  constructor(private readonly settled: () => void) {}

  protected begin(total: number): void {
    this.status = 'running';
    this.done = 0;
    this.total = total;
    this.errors = [];
    this.message = NOTHING;
  }

  protected invalid(errors: ValidationError[]): void {
    this.errors = errors;
    this.status = 'invalid';
  }

  protected failed(message: Text): void {
    this.message = message;
    this.status = 'failed';
  }

  /** A run in the workers holds back the service worker's precaching (precacheHold.ts) while it lasts. */
  protected async track(body: () => Promise<void>): Promise<void> {
    const release = holdPrecaching();
    try {
      await body();
    } catch (error) {
      ({ status: this.status, message: this.message } = endOf(error));
    } finally {
      release();
      this.settled();
    }
  }
}
