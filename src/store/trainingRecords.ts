import type { LeverValues } from '../engine/training/exercise';

/** One objective as judged when the attempt was submitted. */
export interface ObjectiveSnapshot {
  id: string;
  met: boolean | null;
  value: number | null;
}

/** A trainee's answer to one quiz question. */
export interface QuizAnswer {
  /** the value chosen, in the engine's units */
  chosen: number;
  correct: boolean;
}

/** One go at an exercise: the levers as the trainee set them and, once submitted, how it went. */
export interface AttemptRecord {
  id: string;
  exerciseId: string;
  values: LeverValues;
  startedAt: number;
  updatedAt: number;
  submittedAt?: number;
  /** every objective met at submission */
  met?: boolean;
  objectives?: ObjectiveSnapshot[];
  quiz?: Record<string, QuizAnswer>;
}

/** Who is training on this computer, for the file a trainee hands to the facilitator. */
export interface TraineeProfile {
  name: string;
}
