/**
 * A training exercise as stored in scenarios/training/*.json: a small scenario, the situation in
 * plain words, the levers a trainee may move (everything else stays as the scenario has it), the
 * objectives the engine checks, hints that rest on a clause, a reference plan with its reasoning, and
 * quiz questions whose answers are computed from the trainee's own run.
 */
import type { FacilitiesLever as Candidates, LeverValues } from '../levers';
import type { CostItem } from '../projection';
import type { Text } from '../ruleSet';
import type { Payer, Scenario } from '../scenario';

export { isFacilitiesLever, type LeverValue, type LeverValues } from '../levers';

export const EXERCISE_FORMAT = 'shapan-exercise' as const;
export const EXERCISE_VERSION = 1 as const;

/**
 * A number the trainee sets, at a path into the scenario (the lever vocabulary: src/engine/levers/).
 * min, max and step are in the scenario's own unit (yuan, shares as fractions).
 */
export interface NumberLever {
  path: string;
  min: number;
  max: number;
  step: number;
  /** replaces the catalogue's label, e.g. to name the project a lever extends */
  label?: Text;
  /** the clause the lever is about */
  rule?: string;
}

/** Which of a list of candidate facilities open (plan.facilities). */
export interface FacilitiesLever extends Candidates {
  label?: Text;
  rule?: string;
}

export type LeverSpec = NumberLever | FacilitiesLever;

interface ObjectiveBase {
  id: string;
  /** replaces the generated wording */
  label?: Text;
  rule?: string;
}

/** Every listed scenario target (all of them when none is listed) is met. */
export interface TargetsObjective extends ObjectiveBase {
  kind: 'targets';
  targets?: string[];
}

/** A metric of the registry reaches a threshold in a year, for the city or one district. */
export interface MetricObjective extends ObjectiveBase {
  kind: 'metric';
  metric: string;
  year: number;
  threshold: number;
  district?: string;
}

/** What the payers spend (or budget) over the years, on one item or all, stays at most max, or reaches at least min. */
export interface SpendingObjective extends ObjectiveBase {
  kind: 'spending';
  /** all payers when absent */
  payers?: Payer[];
  item?: CostItem;
  /** the horizon's first and last years by default */
  from?: number;
  to?: number;
  /** spent (the default): what the run spends; budget: what the plan's budgets allow, summed over the same years */
  measure?: 'spent' | 'budget';
  /** yuan; exactly one of max and min */
  max?: number;
  min?: number;
}

/** No payer (or none of those listed) spends beyond its budget in any year. */
export interface ShortfallObjective extends ObjectiveBase {
  kind: 'shortfall';
  payers?: Payer[];
}

/** Over Monte Carlo draws of the scenario's uncertainty, the listed targets are all met in at least `min` of them. */
export interface ProbabilityObjective extends ObjectiveBase {
  kind: 'probability';
  targets?: string[];
  min: number;
  draws: number;
}

export type Objective = TargetsObjective | MetricObjective | SpendingObjective | ShortfallObjective | ProbabilityObjective;

export interface Hint {
  /** the clause the hint rests on; its text is quoted from scenarios/policy/rules.json, or from the scenario's own rule set */
  rule: string;
  text: Text;
}

/** Figures a quiz can ask about; each is read from the trainee's own run. */
export type CommunityField = 'households' | 'staffRequired' | 'inPost' | 'spaceRequired' | 'space';
export type CityField = 'households' | 'staffRequired' | 'inPost' | 'hires' | 'spaceRequired' | 'space';
export type CentreField = 'spaceRequired' | 'space';

export type QuizSpec =
  /** what a payer (all payers when absent) spends on an item (all items when absent) in a year */
  | { id: string; kind: 'spending'; payer?: Payer; item?: CostItem; year: number }
  | { id: string; kind: 'community'; community: string; field: CommunityField; year: number }
  | { id: string; kind: 'city'; field: CityField; year: number }
  | { id: string; kind: 'centres'; level: 'street' | 'district'; field: CentreField; year: number }
  | { id: string; kind: 'metric'; metric: string; year: number; district?: string };

export interface ReferencePlan {
  /** a value for every lever */
  values: LeverValues;
  reasoning: Text;
}

export interface Exercise {
  format: typeof EXERCISE_FORMAT;
  version: typeof EXERCISE_VERSION;
  id: string;
  /** position in the list of built-in exercises */
  order: number;
  title: Text;
  /** one line for the list */
  summary: Text;
  /** the situation, in paragraphs separated by blank lines */
  brief: Text;
  /** the clauses the exercise is about: of the policy library, or of the rule set the scenario carries (ruleSet.custom) */
  rules: string[];
  /** minutes a classroom needs for it, for the facilitator */
  minutes?: number;
  /** may carry a user's own rule set (ruleSet.custom), so an exercise can be set on a city's own rules */
  scenario: Scenario;
  levers: LeverSpec[];
  objectives: Objective[];
  hints: Hint[];
  reference: ReferencePlan;
  quiz: QuizSpec[];
}
