/** Where a trainee stands on an exercise, from the attempts kept on this computer. */
import type { AttemptRecord } from '../../../store/trainingRecords';

export type Progress = 'new' | 'started' | 'submitted' | 'passed';

export function progressOf(attempts: readonly AttemptRecord[]): Progress {
  if (attempts.some((a) => a.submittedAt !== undefined && a.met)) return 'passed';
  if (attempts.some((a) => a.submittedAt !== undefined)) return 'submitted';
  return attempts.length > 0 ? 'started' : 'new';
}

/** The newest attempt, submitted or not; null when there is none. */
export function latest(attempts: readonly AttemptRecord[]): AttemptRecord | null {
  return attempts.reduce<AttemptRecord | null>((best, a) => (!best || a.startedAt > best.startedAt ? a : best), null);
}

/** The newest submitted attempt: the one the debrief shows. */
export function latestSubmitted(attempts: readonly AttemptRecord[]): AttemptRecord | null {
  return latest(attempts.filter((a) => a.submittedAt !== undefined));
}

/** Attempts at one exercise. */
export function attemptsOf(all: readonly AttemptRecord[], exerciseId: string): AttemptRecord[] {
  return all.filter((a) => a.exerciseId === exerciseId);
}

/** A fresh id: the exercise, the time and a counter, so two attempts in one millisecond still differ. */
let counter = 0;
export function newAttemptId(exerciseId: string, now = Date.now()): string {
  return `${exerciseId}:${now.toString(36)}:${(counter++).toString(36)}`;
}
