/**
 * A trainee planning one exercise: the values of the unlocked levers, a live run of each change in the
 * engine worker (newest wins, src/ui/state/runner.svelte.ts), Monte Carlo draws for a probability
 * objective once the levers have been still for a moment, the objectives judged on what came back, and
 * the attempt saved on this computer as it goes.
 */
import type { Exercise, LeverValue, LeverValues } from '../../../engine/training/exercise';
import { isFacilitiesLever } from '../../../engine/training/exercise';
import { applyLevers, startingValues } from '../../../engine/levers';
import { allMet, evaluateObjectives, needsDraws, type ObjectiveResult } from '../../../engine/training/objectives';
import type { DrawChunk } from '../../../engine/uncertainty/drawChunk';
import type { AttemptRecord } from '../../../store/trainingRecords';
import { createDrawPool, type DrawPool } from '../../analysis/drawPool';
import { CancelledError } from '../../workers/bridge';
import type { App } from '../../state/app.svelte';
import { Runner } from '../../state/runner.svelte';
import { judgePlan } from '../shared/judgePlan';
import type { Training } from '../training.svelte';

/** Draws wait this long after the last change, so a slider drag does not start one per step. */
const DRAWS_AFTER_MS = 400;

export class PlanSession {
  values = $state.raw<LeverValues>({});
  readonly runner: Runner;
  /** draws of the values they were made for */
  private drawn = $state.raw<{ key: string; chunk: DrawChunk } | null>(null);
  drawProgress = $state.raw<{ done: number; total: number } | null>(null);
  submitting = $state(false);
  /** the last submission could not be run (the plan invalid, or the worker failed) */
  submitFailed = $state(false);
  private attempt: AttemptRecord;
  private pool: DrawPool | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly drawCount: number;

  readonly results: ObjectiveResult[] = $derived.by(() => {
    const view = this.runner.outcome?.view;
    if (!view) return [];
    const draws = this.drawn?.key === JSON.stringify(this.values) ? this.drawn.chunk : null;
    return evaluateObjectives(this.exercise.objectives, view, draws);
  });

  readonly met = $derived(allMet(this.results));

  constructor(
    private readonly app: App,
    private readonly training: Training,
    readonly exercise: Exercise,
    attempt: AttemptRecord,
  ) {
    this.attempt = attempt;
    this.values = attempt.values;
    this.runner = new Runner(app.client);
    this.drawCount = needsDraws(exercise.objectives);
    this.run();
  }

  get starting(): LeverValues {
    return startingValues(this.exercise.scenario, this.exercise.levers);
  }

  /** Sets a lever, kept inside its range and on its step, and runs the plan again. */
  set(path: string, value: LeverValue): void {
    const lever = this.exercise.levers.find((l) => l.path === path);
    if (!lever) return;
    let v = value;
    if (!isFacilitiesLever(lever) && typeof v === 'number') {
      const stepped = lever.min + Math.round((v - lever.min) / lever.step) * lever.step;
      v = Number(Math.min(lever.max, Math.max(lever.min, stepped)).toPrecision(12));
    }
    this.values = { ...this.values, [path]: v };
    this.run();
    this.persist();
  }

  reset(): void {
    this.values = this.starting;
    this.run();
    this.persist();
  }

  private run(): void {
    const scenario = applyLevers(this.exercise.scenario, this.exercise.levers, this.values);
    this.runner.request(scenario);
    if (this.drawCount === 0) return;
    clearTimeout(this.timer);
    const key = JSON.stringify(this.values);
    this.timer = setTimeout(() => void this.runDraws(scenario, key), DRAWS_AFTER_MS);
  }

  private poolOf = (): DrawPool => (this.pool ??= createDrawPool());

  private drawSeq = 0;

  private async runDraws(scenario: ReturnType<typeof applyLevers>, key: string): Promise<void> {
    const seq = ++this.drawSeq;
    // The worker bridge drops progress that arrives after a call settles; a superseded run's is ignored here.
    this.drawProgress = { done: 0, total: this.drawCount };
    try {
      const out = await this.poolOf().run(scenario, this.drawCount, (done, total) => {
        if (seq === this.drawSeq) this.drawProgress = { done, total };
      });
      if (out.ok && key === JSON.stringify(this.values)) this.drawn = { key, chunk: out.chunk };
    } catch (error) {
      // Superseded by a newer change: that run reports instead.
      if (error instanceof CancelledError) return;
    } finally {
      if (seq === this.drawSeq) this.drawProgress = null;
    }
  }

  private persist(): void {
    this.attempt = { ...this.attempt, values: this.values, updatedAt: Date.now() };
    void this.training.save(this.attempt);
  }

  /** Runs the plan afresh, keeps the judgement with the attempt and returns it. */
  async submit(): Promise<AttemptRecord | null> {
    this.submitting = true;
    // Live draws would share the pool with the submission's own, and the newest run there wins.
    clearTimeout(this.timer);
    this.drawSeq++;
    this.drawProgress = null;
    this.submitFailed = false;
    try {
      const judged = await judgePlan(this.app.client, this.poolOf, this.exercise, this.values);
      if (!judged.ok) {
        this.submitFailed = true;
        return null;
      }
      const now = Date.now();
      this.attempt = {
        ...this.attempt,
        values: this.values,
        updatedAt: now,
        submittedAt: now,
        met: allMet(judged.results),
        objectives: judged.results.map((r) => ({ id: r.id, met: r.met, value: r.value })),
      };
      await this.training.save(this.attempt);
      return this.attempt;
    } catch {
      this.submitFailed = true;
      return null;
    } finally {
      this.submitting = false;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pool?.dispose();
  }
}
