/**
 * The facilitator's view of one exercise: which step is on the projector, the reference plan's run, and
 * the trainees' plans loaded from their files, each run again here so that what the class sees is what
 * the engine says of that plan, not what the file claims.
 */
import type { Exercise } from '../../../engine/training/exercise';
import type { ValidationError } from '../../../io/validationError';
import { TRAINING } from '../../../i18n/training';
import { createDrawPool, type DrawPool } from '../../analysis/drawPool';
import type { App } from '../../state/app.svelte';
import { judgePlan, type Judged } from '../shared/judgePlan';
import { FACILITATOR_STEPS, type FacilitatorStep } from './facilitatorSteps';
import type { AttemptFile } from '../../../io/training/attemptFileFormat';

export interface TraineePlan {
  /** the file it came from, to tell two of one trainee apart */
  file: string;
  attempt: AttemptFile;
  judged: Judged;
}

export class FacilitatorState {
  step = $state(0);
  reference = $state.raw<Judged | null>(null);
  plans = $state.raw<TraineePlan[]>([]);
  problems = $state.raw<{ file: string; errors: ValidationError[] }[]>([]);
  busy = $state(false);
  private pool: DrawPool | null = null;

  constructor(
    private readonly app: App,
    readonly exercise: Exercise,
  ) {}

  get current(): FacilitatorStep {
    return FACILITATOR_STEPS[this.step];
  }

  go(delta: number): void {
    this.step = Math.min(FACILITATOR_STEPS.length - 1, Math.max(0, this.step + delta));
  }

  private poolOf = (): DrawPool => (this.pool ??= createDrawPool());
  /** Runs one at a time: the draw pool lets the newest run win, so a second at once would cancel the first. */
  private queue: Promise<unknown> = Promise.resolve();

  private inTurn<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => {});
    return next;
  }

  start(): Promise<void> {
    return this.inTurn(async () => {
      this.reference = await judgePlan(this.app.client, this.poolOf, this.exercise, this.exercise.reference.values);
    });
  }

  /** Reads, checks and runs each file in turn; a file with problems is listed with them instead. */
  load(files: readonly File[]): Promise<void> {
    return this.inTurn(() => this.loadNow(files));
  }

  private async loadNow(files: readonly File[]): Promise<void> {
    this.busy = true;
    const { validateAttemptFile } = await import('../../../io/training/attemptFile');
    try {
      for (const file of files) {
        let input: unknown;
        try {
          input = JSON.parse(await file.text());
        } catch {
          this.problems = [...this.problems, { file: file.name, errors: [{ path: '', zh: TRAINING['zh-CN'].notJson, en: TRAINING.en.notJson }] }];
          continue;
        }
        const checked = validateAttemptFile(input, this.exercise);
        if (!checked.ok) {
          this.problems = [...this.problems, { file: file.name, errors: checked.errors }];
          continue;
        }
        const judged = await judgePlan(this.app.client, this.poolOf, this.exercise, checked.attempt.values);
        this.plans = [...this.plans, { file: file.name, attempt: checked.attempt, judged }];
      }
    } finally {
      this.busy = false;
    }
  }

  remove(k: number): void {
    this.plans = this.plans.filter((_, i) => i !== k);
  }

  dispose(): void {
    this.pool?.dispose();
  }
}
