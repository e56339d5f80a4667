/**
 * The trainee's plan as a file for the facilitator: its format and how to write one. Kept apart from
 * the validator (attemptFile.ts) so that writing a file does not load the schema library.
 */
import type { LeverValues } from '../../engine/training/exercise';

export const ATTEMPT_FORMAT = 'shapan-attempt' as const;

export interface AttemptFile {
  format: typeof ATTEMPT_FORMAT;
  version: 1;
  exerciseId: string;
  trainee: string;
  values: LeverValues;
  /** ISO 8601 */
  submittedAt?: string;
  /** quiz questions answered right, of those answered */
  quiz?: { correct: number; answered: number };
}

export function attemptFile(exerciseId: string, trainee: string, values: LeverValues, submittedAt?: number, quiz?: AttemptFile['quiz']): AttemptFile {
  return {
    format: ATTEMPT_FORMAT,
    version: 1,
    exerciseId,
    trainee,
    values,
    ...(submittedAt !== undefined && { submittedAt: new Date(submittedAt).toISOString() }),
    ...(quiz && { quiz }),
  };
}
