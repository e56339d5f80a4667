/**
 * Training mode's shared state: the exercises (built in, and any imported during this visit), every
 * attempt kept on this computer and the trainee's name. One instance per visit to #/training/.
 */
import type { Exercise } from '../../engine/training/exercise';
import { StoreError } from '../../store/scenarioStore';
import type { AttemptRecord } from '../../store/trainingRecords';
import { TrainingStore } from '../../store/trainingStore';
import { loadBuiltIns } from './builtInExercises';
import { attemptsOf, progressOf, type Progress } from './shared/progress';

export class Training {
  exercises = $state.raw<Exercise[]>([]);
  imported = $state.raw<Exercise[]>([]);
  attempts = $state.raw<AttemptRecord[]>([]);
  trainee = $state('');
  ready = $state(false);
  problem = $state.raw<{ zh: string; en: string } | null>(null);
  private store: TrainingStore | null = null;

  async open(): Promise<void> {
    try {
      const [exercises, store] = await Promise.all([loadBuiltIns(), TrainingStore.open()]);
      this.store = store;
      this.exercises = exercises;
      this.attempts = await store.all();
      this.trainee = (await store.trainee()).name;
    } catch (error) {
      this.problem = error instanceof StoreError ? { zh: error.zh, en: error.en } : { zh: String(error), en: String(error) };
    } finally {
      this.ready = true;
    }
  }

  exercise(id: string): Exercise | undefined {
    return this.exercises.find((e) => e.id === id) ?? this.imported.find((e) => e.id === id);
  }

  attemptsAt(id: string): AttemptRecord[] {
    return attemptsOf(this.attempts, id);
  }

  progress(id: string): Progress {
    return progressOf(this.attemptsAt(id));
  }

  /** Keeps the attempt here at once and on disk as soon as the store has it. */
  async save(attempt: AttemptRecord): Promise<void> {
    this.attempts = [...this.attempts.filter((a) => a.id !== attempt.id), attempt];
    try {
      await this.store?.save(attempt);
    } catch (error) {
      if (error instanceof StoreError) this.problem = { zh: error.zh, en: error.en };
    }
  }

  async setTrainee(name: string): Promise<void> {
    this.trainee = name;
    await this.store?.saveTrainee({ name }).catch(() => {});
  }

  /** An exercise checked on import joins the list for this visit, replacing one with the same id. */
  addImported(exercise: Exercise): void {
    this.imported = [...this.imported.filter((e) => e.id !== exercise.id), exercise];
  }

  close(): void {
    this.store?.close();
    this.store = null;
  }
}
