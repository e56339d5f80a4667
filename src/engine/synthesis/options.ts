/** What the user asks of a synthesis: which targets, which levers are free, their bounds, and what to minimise. */
import type { Payer } from '../scenario';
import type { SiteSource } from './siteCandidates';

export type Objective = { kind: 'total' } | { kind: 'payer'; payer: Payer } | { kind: 'peak'; payer: Payer };

export interface SynthesisOptions {
  /** target ids to meet; all the scenario's targets when left out */
  targets?: string[];
  objective?: Objective;
  /** the recruitment capacity is chosen (up to hiringCapacityMax) rather than kept at the plan's */
  freeHiring?: boolean;
  /** most recruits a year the city can manage, people; unbounded when left out */
  hiringCapacityMax?: number;
  /** community building starts are chosen (replacing the automatic programme) */
  freeBuilding?: boolean;
  /** most m² the city can start in a year */
  buildingCapacityM2?: number;
  /** payers whose budgets are chosen; the payers with a budget row in the plan when left out */
  freeBudgets?: Payer[];
  /** yuan a year a payer's chosen budget may not exceed */
  budgetCeiling?: Partial<Record<Payer, number>>;
  /** chosen budgets may not fall from one year to the next */
  nonDecreasingBudgets?: boolean;
  /** facility sites are chosen to meet coverage targets (siteRows.ts) */
  freeSites?: boolean;
  /** where candidate sites come from: the plan's candidateSites when it lists any, else suggested sites */
  siteSource?: SiteSource;
  /** most rounds of engine verification and tightening */
  maxRounds?: number;
  timeLimitSeconds?: number;
  /** most columns the host takes on: a larger programme is not solved, and its size is the answer */
  maxColumns?: number;
}

export const DEFAULT_ROUNDS = 6;

/** A plan is taken once it is proved within this share of the least objective any plan could have (HiGHS's own default for branch and bound). */
export const RELATIVE_GAP = 1e-4;

