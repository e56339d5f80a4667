/** Training exercises: their format, the levers they unlock, objectives, quiz and debrief, all pure. */
export * from './exercise';
export { allMet, evaluateObjective, evaluateObjectives, jointProbability, needsDraws, spendingOf, spendingYears, type ObjectiveResult } from './objectives';
export { buildQuestion, buildQuiz, distractors, quizValue, roundFor, type QuizQuestion, type QuizUnit } from './quiz';
export { buildDebrief, leverComparisons, spendingByPayer, type Debrief, type DebriefRuns, type LeverComparison, type ObjectiveComparison, type SpendingComparison } from './debrief';
