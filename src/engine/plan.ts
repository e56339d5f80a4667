/** The plan of a scenario: the levers a user sets (hiring, pay, building, budgets, what waits for money). */
import type { Payer } from '../registry/payers';
import type { Budgets, Earmarks } from './budgets';
import type { Facility } from './scenario';

export interface Hiring {
  /** most new workers the whole city can recruit in a year */
  capacityPerYear: number;
  /** share of workers who leave each year */
  attritionRate: number;
  /** share of new hires who are certified social workers */
  certifiedShare: number;
  /** share of new hires with a bachelor's degree */
  bachelorShare: number;
  /** yuan of pre-job training and certificate per community hire (CS2010-7d, YX2008-6); 0 when left out */
  trainingCostPerHire?: number;
  /** who pays for the training; the district when left out (CS2010-7d: the districts recruit) */
  trainingPayer?: Payer;
  /** whole years a community hire trains before counting against the staffing requirement; 0 when left out */
  trainingYears?: number;
}

/** What the plan pays each full-time worker: a lever, paid every year whatever the rule set's targets say. */
export interface PayPolicy {
  /** pay per worker in the base year, yuan a year, including social insurance and housing fund (NJ2007-17, GOV2020-3b) */
  perWorker: number;
  /** annual growth of pay per worker */
  growth: number;
  /** city's share of staff pay, for every community kind; replaces the rule set's split when given */
  cityShare?: number;
}

/** One construction project. target names a community, street or district id. */
export interface BuildingProject {
  id: string;
  target: string;
  m2: number;
  startYear: number;
  /** years from start to completion; defaults to the programme's lead time */
  leadTimeYears?: number;
  /** yuan per m²; defaults to the programme's cost */
  costPerM2?: number;
  /** lower numbers are funded first when money is short */
  priority: number;
  payer?: Payer;
}

export interface Building {
  costPerM2: number;
  leadTimeYears: number;
  payer: Payer;
  /** build whatever every community, street and district still lacks, from this year on */
  autoCloseFrom?: number;
  /** m² per 100 households the automatic programme aims at, when above the rule's floor (e.g. 30 for NJ2007-18b's high tier) */
  aimPerHundredHouseholds?: number;
  /**
   * Who the automatic programme builds for first when money is short: worstFirst (largest gap),
   * nearestFirst (smallest gap, so most places reach the rule) or proRata (everyone a share of the gap).
   * Defaults to worstFirst.
   */
  order?: BuildingOrder;
  projects: BuildingProject[];
}

export type BuildingOrder = 'worstFirst' | 'nearestFirst' | 'proRata';

export type DeferrableItem = 'hiring' | 'building';

export interface Shortfall {
  /** report: spend regardless and report the gap; defer: new hires and building starts wait for money */
  mode: 'report' | 'defer';
  /** order in which deferrable items are funded from what is left of each budget */
  priority: DeferrableItem[];
}

export interface Plan {
  hiring: Hiring;
  pay: PayPolicy;
  building: Building;
  budgets: Budgets;
  /** budget split by cost item where a document earmarks funds (CS2010-7c-4) */
  earmarks?: Earmarks;
  shortfall: Shortfall;
  /** facilities opening in a horizon year; their capital and running costs are funded like the rest */
  facilities?: Facility[];
  /** places where a facility could open, for plan synthesis to choose among; openingYear is the earliest year each could open */
  candidateSites?: Facility[];
}
