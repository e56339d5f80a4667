/** What money is spent on: the cost lines of a run, each carried by one payer. */
import glossary from './glossary.json';
import type { Name } from './text';

export const COST_ITEMS = [
  'staffPay',
  'workerSubsidy',
  /** pre-job training and certificate of community hires (CS2010-7d) */
  'training',
  'workingFunds',
  'householdFunds',
  'newHouseholdFunds',
  'reward',
  /** NJ2007-21c: the harmonious-community reward fund's one-off rewards */
  'modelReward',
  /** QY-9: full-time migrant coordinators' pay */
  'migrantCoordinators',
  'building',
  /** life-circle facilities: capital in the opening year, running costs from then on */
  'facility',
  'legalAdviser',
  'policeAssistant',
  'elections',
  'equipment',
  'networkAdmin',
  'purchasedServices',
  'operatingFunds',
  'retiredDirectorAllowance',
] as const;
export type CostItem = (typeof COST_ITEMS)[number];

export const COST_ITEM_NAME: Record<CostItem, Name> = glossary.costItem;
