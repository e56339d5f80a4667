/**
 * The debrief of the trainee's latest submitted plan: that plan and the reference plan run again in the
 * worker (and their draws, for a probability objective), compared lever by lever and in their results,
 * and a quiz built from the trainee's own run. Quiz answers are kept with the attempt.
 */
import type { Exercise } from '../../../engine/training/exercise';
import { buildDebrief, type Debrief } from '../../../engine/training/debrief';
import { buildQuiz, type QuizQuestion } from '../../../engine/training/quiz';
import type { AttemptRecord } from '../../../store/trainingRecords';
import { createDrawPool, type DrawPool } from '../../analysis/drawPool';
import type { ValidationError } from '../../engineClient';
import type { App } from '../../state/app.svelte';
import { judgePlan } from '../shared/judgePlan';
import { latest, latestSubmitted } from '../shared/progress';
import type { Training } from '../training.svelte';

export class DebriefState {
  status = $state<'running' | 'done' | 'failed'>('running');
  debrief = $state.raw<Debrief | null>(null);
  quiz = $state.raw<QuizQuestion[]>([]);
  errors = $state.raw<ValidationError[]>([]);
  attempt = $state.raw<AttemptRecord | null>(null);
  private pool: DrawPool | null = null;

  constructor(
    private readonly app: App,
    private readonly training: Training,
    readonly exercise: Exercise,
  ) {
    const attempts = training.attemptsAt(exercise.id);
    this.attempt = latestSubmitted(attempts) ?? latest(attempts);
  }

  private poolOf = (): DrawPool => (this.pool ??= createDrawPool());

  async run(): Promise<void> {
    const attempt = this.attempt;
    if (!attempt) return;
    try {
      // One after the other: the pool lets the newest run win, so two at once would cancel the first.
      const yours = await judgePlan(this.app.client, this.poolOf, this.exercise, attempt.values);
      const reference = await judgePlan(this.app.client, this.poolOf, this.exercise, this.exercise.reference.values);
      if (!yours.ok || !reference.ok) {
        this.errors = !yours.ok ? yours.errors : !reference.ok ? reference.errors : [];
        this.status = 'failed';
        return;
      }
      this.debrief = buildDebrief(this.exercise, attempt.values, { yours: yours.view, reference: reference.view, yourDraws: yours.draws, referenceDraws: reference.draws });
      this.quiz = buildQuiz(this.exercise.quiz, yours.view);
      this.status = 'done';
    } catch (error) {
      this.errors = [{ path: '', zh: String(error), en: String(error) }];
      this.status = 'failed';
    }
  }

  /** Records the choice; a question answered once keeps its first answer. */
  answer(questionId: string, chosen: number): void {
    const a = this.attempt;
    const q = this.quiz.find((x) => x.spec.id === questionId);
    if (!a || !q || a.quiz?.[questionId]) return;
    this.attempt = { ...a, quiz: { ...a.quiz, [questionId]: { chosen, correct: chosen === q.answer } } };
    void this.training.save(this.attempt);
  }

  dispose(): void {
    this.pool?.dispose();
  }
}
