/**
 * An explanation as codes and values: what figure it is, the inputs it was worked from, the formula
 * over those inputs and the rules behind it. src/i18n/explain.ts turns one into sentences.
 */
import type { CostItem } from '../../registry/costItems';
import type { CoverageKey, FacilityType } from '../../registry/facilityTypes';
import type { LevelCode } from '../../registry/levels';
import type { Payer } from '../../registry/payers';
import type { Unit } from '../../registry/units';
import type { ExplainedSeries } from './series';

export interface EntityRef {
  id: string;
  name: string;
  level: LevelCode;
}

/** The figure explained. */
export type Subject =
  | { kind: 'series'; series: ExplainedSeries; entity: EntityRef; year: number }
  | { kind: 'entityCost'; item: CostItem; payer: Payer; entity: EntityRef; year: number }
  | { kind: 'payerTotal'; payer: Payer; year: number }
  | { kind: 'itemTotal'; item: CostItem; payer: Payer; year: number }
  | { kind: 'districtItem'; item: CostItem; payer: Payer; entity: EntityRef; year: number }
  /** spending that waited for want of this payer's money (shortfall mode defer); entity: one district's */
  | { kind: 'deferred'; payer: Payer; year: number }
  | { kind: 'districtDeferred'; payer: Payer; entity: EntityRef; year: number }
  /** district absent: the whole city */
  | { kind: 'coverage'; key: CoverageKey; year: number; walkMinutes: number; district?: EntityRef }
  /** a service circle's share (CASES-wuhai); district absent: the whole city */
  | { kind: 'serviceCircle'; circle: { id: string; minutes: number; types: FacilityType[] }; year: number; district?: EntityRef };

/** What an input is; where it names a series of the same entity, the code is that series'. */
export type InputKind =
  | 'households'
  | 'registeredHouseholds'
  | 'coordinators'
  | 'registrationsPerYear'
  | 'migrants'
  | 'migrantsPerCoordinator'
  | 'perCoordinator'
  | 'residents'
  | 'staffRequired'
  | 'inPost'
  | 'leavers'
  | 'hires'
  | 'space'
  | 'spaceStarted'
  | 'spaceCompleted'
  | 'householdsBefore'
  | 'baseHouseholds'
  | 'growth'
  | 'yearsSinceBase'
  | 'dwellings'
  | 'householdsPerWorker'
  | 'minPerCommunity'
  | 'minPerRuralCommunity'
  | 'streetClass'
  | 'streetPosts'
  | 'minSpace'
  | 'spacePerHundred'
  | 'centreMinSpace'
  /** NT2011-6's service supermarket, added to a community's floor space */
  | 'supermarketSpace'
  | 'inPostBefore'
  | 'spaceBefore'
  | 'payPerWorker'
  | 'trainingPerHire'
  | 'payerShare'
  | 'perCommunity'
  | 'perHousehold'
  | 'perNewHousehold'
  | 'perWorker'
  | 'perStreet'
  | 'perDistrict'
  /** a count that multiplies a unit cost, e.g. contracts per community */
  | 'countPerCommunity'
  /** 1 for a rural community (village), else 0 */
  | 'ruralCommunity'
  /** 1 in a committee election year, else 0 */
  | 'electionYear'
  /** 1 where a one-off cost's rule first reaches the entity this year, else 0 */
  | 'firstYearUnderRule'
  | 'year'
  | 'rewardFirstYear'
  | 'rewardLastYear'
  | 'rewardThreshold'
  | 'rewardAmount'
  /** NJ2007-21c: the reward fund's total, what it paid out before this reward, and this community's earlier rewards */
  | 'rewardFund'
  | 'rewardFundPaid'
  | 'rewardedBefore'
  | 'spaceRequired'
  | 'projectArea'
  | 'projectCostPerM2'
  | 'programmeArea'
  | 'programmeCostPerM2'
  | 'facilityCapital'
  | 'facilityRunning'
  | 'budget'
  /** yuan of hires / building starts that waited for money, at what they would have cost the payer */
  | 'deferredHires'
  | 'deferredBuilding'
  | 'coveredResidents'
  | 'walkMinutes'
  | 'walkSpeed'
  | 'detourFactor';

export interface ExplainInput {
  kind: InputKind;
  /** null: the rule set has no such rule in that year */
  value: number | null;
  unit: Unit;
  /** a path to explain this input in turn */
  path?: string;
  /** the building project or facility the input belongs to */
  of?: { id: string; name?: string };
  /** a parameter the scenario sets itself: since when ('all': every year), and the name of the district whose own value it is */
  override?: { from: number | 'all'; district?: string };
}

export type FormulaOp =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'min'
  | 'max'
  /** like add, for sums of parts, which may be too many to write out */
  | 'sum'
  | 'round'
  | 'ceil'
  /** comparisons and their conjunction give 1 or 0 */
  | 'lt'
  | 'le'
  | 'and'
  /** if(condition, then, else) */
  | 'if';

/** The arithmetic as a tree over the inputs (by index), the parts (by index) and constants. */
export type Formula = { input: number } | { part: number } | { const: number } | { op: FormulaOp; args: Formula[] };

export interface ExplainPart {
  path: string;
  value: number;
  of: { item: CostItem } | { entity: EntityRef };
}

/** Why a figure is zero or follows no formula of its own. */
export type ExplainNote =
  /** a new estate without its committee yet (GOV2020-2b): no requirement and no cost */
  | 'notEstablished'
  /** recurring costs are booked to communities only; street stations are paid from the street's establishment */
  | 'communitiesOnly'
  /** the cost is counted per street or per district, so other levels show 0 */
  | 'otherLevel'
  /** districts have no posts of their own */
  | 'noPostsAtLevel'
  /** the rule set counts the staffing requirement per community that year, or the entity is no district */
  | 'noDistrictQuota'
  /** the rule behind the figure is not in force that year */
  | 'ruleNotInForce'
  /** the scope has no residents, so no share */
  | 'noResidents';

/** A further result worked from the same inputs and shown beside the figure's own formula. */
export interface DerivedFigure {
  what: 'straightLineReach' | 'networkReach';
  value: number;
  unit: Unit;
  formula: Formula;
}

export interface Explanation {
  path: string;
  subject: Subject;
  value: number;
  unit: Unit;
  inputs: ExplainInput[];
  /** evaluateFormula(formula, inputs, parts) gives value */
  formula: Formula;
  /** rule ids the figure rests on */
  rules: string[];
  /** when the figure is a sum: its parts, which add up to value */
  parts?: ExplainPart[];
  note?: ExplainNote;
  derived?: DerivedFigure[];
}
