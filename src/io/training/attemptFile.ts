/**
 * The file a trainee hands to the facilitator: who, which exercise, the levers as set and when it was
 * submitted. The facilitator's page runs each plan again, so results are never taken from the file on
 * trust; the file only has to name levers the exercise has, with values inside their ranges.
 */
import { z } from '../strictCsp';
import type { Exercise, LeverValues } from '../../engine/training/exercise';
import { ATTEMPT_FORMAT, type AttemptFile } from './attemptFileFormat';
import { translateIssues } from '../translateIssues';
import type { ValidationError } from '../validationError';
import { checkValues, reporter } from './checkLevers';

export { ATTEMPT_FORMAT, attemptFile, type AttemptFile } from './attemptFileFormat';

const attemptSchema = z
  .strictObject({
    format: z.literal(ATTEMPT_FORMAT).describe('文件类型 / file type'),
    version: z.literal(1).describe('格式版本 / format version'),
    exerciseId: z.string().min(1).describe('练习编号 / exercise id'),
    trainee: z.string().describe('学员姓名 / trainee'),
    values: z.unknown().describe('调节参数取值 / lever values'),
    submittedAt: z.string().describe('提交时间 / submitted at').optional(),
    quiz: z
      .strictObject({ correct: z.int().min(0).describe('答对题数 / right'), answered: z.int().min(0).describe('已答题数 / answered') })
      .describe('测验成绩 / quiz score')
      .optional(),
  })
  .describe('学员方案 / trainee plan');

export type AttemptValidation = { ok: true; attempt: AttemptFile } | { ok: false; errors: ValidationError[] };

/** Checks the file and, against the exercise, that it is for this exercise and names its levers. */
export function validateAttemptFile(input: unknown, exercise: Exercise): AttemptValidation {
  const parsed = attemptSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: translateIssues(attemptSchema, input, parsed.error.issues) };
  const errors: ValidationError[] = [];
  const report = reporter(errors);
  if (parsed.data.exerciseId !== exercise.id) {
    report(['exerciseId'], `这是练习“${parsed.data.exerciseId}”的方案，不是“${exercise.id}”的`, `this plan is for exercise "${parsed.data.exerciseId}", not "${exercise.id}"`);
  }
  checkValues(parsed.data.values, exercise.levers, ['values'], report);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, attempt: { ...parsed.data, values: parsed.data.values as LeverValues } };
}
