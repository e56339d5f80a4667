/**
 * What a run produces: plain data and typed arrays, cheap to transfer from a worker.
 *
 * Entities are laid out flat: communities [0, nCommunities), then streets, then districts, so one loop
 * covers staffing and floor space at every level. Every series is year-major: value(y, e) = a[y * nEntities + e].
 */
import type { CostItem } from '../registry/costItems';
import type { Level } from '../registry/levels';
import type { CoverageResult } from './coverage/types';
import type { Flat } from './flatten';
import type { ParamKey } from './params';
import type { RuleSet } from './ruleSet';
import type { Payer } from './scenario';
import type { DistrictValues, OverrideTable } from './resolveParams';
import type { CareNetwork } from './careNetwork';
import type { FacilityCharge } from './steps/facilityCharges';
import type { ParamTable } from './resolveParams';

export { LEVEL, type Level } from '../registry/levels';
export { COST_ITEMS, type CostItem } from '../registry/costItems';

export interface CostLine {
  item: CostItem;
  payer: Payer;
  /** the unit-cost parameter of a line paid basis × unit cost (src/engine/costParams.ts) */
  key?: ParamKey;
}

export interface EntityIndex {
  id: string[];
  name: string[];
  level: Uint8Array;
  /** community kind code (0 urbanExisting, 1 urbanNew, 2 rural); 255 for streets and districts */
  kind: Uint8Array;
  /** street entity index of a community; -1 otherwise */
  street: Int32Array;
  /** district number (0..nDistricts-1) of every entity */
  district: Int32Array;
  /** street class 1–3 for streets; 0 otherwise */
  streetClass: Uint8Array;
  /** residents' committee members (not full-time workers), counted toward staffing only where the rule set says so (YX2008-5) */
  committee: Float64Array;
}

export const SERIES = [
  'households',
  'residents',
  /** migrant households registered since the base year, each paid for every year (QY-8) */
  'registeredHouseholds',
  /** full-time migrant coordinators (协管员) the migrants call for (QY-9) */
  'coordinators',
  /** 1 once a community is set up (new estates wait for occupancy, GOV2020-2b); streets and districts are always 1 */
  'established',
  /** communities: workers the rule asks of the community (its share of the district quota where the quota is set per district) */
  'staffRequired',
  'inPost',
  'hires',
  'leavers',
  'certified',
  'bachelor',
  'spaceRequired',
  /** space in use at the end of the year */
  'space',
  /** m² started this year (cost falls in the start year) */
  'spaceStarted',
  /** m² completed this year */
  'spaceCompleted',
] as const;
export type SeriesName = (typeof SERIES)[number];

/**
 * Series of people and households: whole numbers, kept in 32-bit integers when the run shows every
 * value it can write is a whole number in range (wholeCounts.ts), else in 64-bit floats like the rest.
 * `established` is 0 or 1 and kept in bytes. A national run keeps a fifth fewer bytes of figures this way.
 */
export const COUNT_SERIES = ['households', 'residents', 'inPost', 'hires', 'leavers', 'certified', 'bachelor'] as const satisfies readonly SeriesName[];
export type CountSeriesName = (typeof COUNT_SERIES)[number];
/** Series of migrants (QY-8, QY-9): a city without any keeps them in the run's bytes of zeros. */
export const MIGRANT_SERIES = ['registeredHouseholds', 'coordinators'] as const satisfies readonly SeriesName[];
type MigrantSeriesName = (typeof MIGRANT_SERIES)[number];
/** A count series' values: 32-bit integers, or 64-bit floats where the run could not show they fit. */
export type Counts = Int32Array | Float64Array;
/** A cost line's values: 64-bit floats, 16- or 32-bit integers for a line the run showed holds whole yuan only (wholeLines.ts), or the run's bytes of zeros for a line that stays zero. */
export type CostValues = Float64Array | Int32Array | Uint16Array | Uint8Array;
/** A series' values, read by index whichever array holds them. */
export type Values = Float64Array | Int32Array | Uint8Array;
/** Every series of a run, each in the array its values need. */
export type Series = { [K in SeriesName]: K extends 'established' ? Uint8Array : K extends CountSeriesName | 'staffRequired' ? Counts : K extends MigrantSeriesName ? Float64Array | Uint8Array : Float64Array };

export type HiringLimit = 'none' | 'capacity' | 'budget';

export interface HiringYear {
  /** workers missing after leavers, before hiring */
  demand: number;
  capacity: number;
  /** hires the budgets could pay for this year (Infinity when no budget limits it) */
  affordable: number;
  hired: number;
  limitedBy: HiringLimit;
  /** the payer whose budget limited hiring */
  payer?: Payer;
  /** yuan that payer lacked for the hires capacity allowed */
  shortBy: number;
}

export interface BuildingYear {
  /** m² the programme wanted to start */
  demand: number;
  started: number;
  deferred: number;
  limitedBy: 'none' | 'budget';
  payer?: Payer;
  /** yuan lacking to start everything deferred */
  shortBy: number;
}

export interface PayerYear {
  /** null when the scenario sets no budget for that payer and year */
  budget: number | null;
  spent: number;
  /** spent − budget when positive, else 0 */
  shortfall: number;
  /** yuan of hires and building starts that waited because this payer's money ran out (shortfall mode defer) */
  deferred: number;
  /** the same by district index */
  deferredIn: number[];
  /** the hires among deferredIn, by district index (the rest are building starts) */
  deferredHiresIn: number[];
}

/** Whose pay: a worker of an urban community, of a rural community, or of a street station (CS2010-6a). */
export const PAY_CLASSES = ['urban', 'rural', 'station'] as const;
export type PayClass = (typeof PAY_CLASSES)[number];

export interface PayRates {
  /** yuan a year per worker, including social insurance and housing fund: the plan's pay grown, at least the rule set's floor */
  perWorker: number[];
  /** the city's share of a worker's pay each year (plan, else rule set, else 0: the district pays), after the district's floor */
  cityShare: Record<PayClass, number[]>;
  /** NJ2007-17's benchmark for each year: the city's average employee wage of the year before; null when the city gives none */
  averageWage: number[] | null;
  /** GOV2020-3b's benchmark for each year: local public-institution staff pay; null when the city gives none */
  publicInstitutionPay: number[] | null;
}

/** A run: the flattened city it started from (its entities and their base-year figures) and what each year gave. */
export interface Projection extends Flat {
  scenarioName: string;
  ruleSetId: string;
  /** the authored rule set the scenario carried, so explanations cite its clauses; absent for a built-in */
  customRuleSet?: RuleSet;
  baseYear: number;
  years: number[];
  series: Series;
  /** the headcount quota set for each district as a whole (GOV2020-3a), quotas[y × nDistricts + d]; 0 where the rule counts per community */
  quotas: Float64Array;
  costLines: CostLine[];
  /** parallel to costLines; yuan per entity-year, whole-yuan lines in 16- or 32-bit integers (wholeLines.ts) */
  costs: CostValues[];
  /** per payer, one entry per year */
  payers: Record<Payer, PayerYear[]>;
  hiring: HiringYear[];
  building: BuildingYear[];
  /** the parameter values used in each year (after overrides); absent key = rule not in force */
  params: ParamTable;
  /** since when the scenario's own value of a parameter holds, per year (resolveParams.ts); absent key: none */
  overrideFrom: OverrideTable;
  /** parameters some districts set for themselves, by district index then year */
  districtParams: Record<string, DistrictValues>;
  /** the city's share of urban pay where a district sets its own (after CS2010-7c-3's floor), by district index then year; null: the city-wide share */
  districtCityShare: (number | null)[][] | null;
  /** pay per worker and who pays it, each year (steps/payRates.ts) */
  pay: PayRates;
  /** cost parameters the rule set had in force in the base year (their one-off costs were paid before) */
  inForceAtBase: string[];
  /** explicit building projects as started (a deferred project starts later than asked) */
  projectStarts: ProjectStart[];
  /** shares of new hires who are certified social workers and graduates */
  hiringShares: { certifiedShare: number; bachelorShare: number };
  /** CS2010-7d: pre-job training of community hires: yuan per hire, who pays, and years before a hire counts */
  training: { perHire: number; payer: Payer; years: number };
  /** the automatic programme's yuan per m², payer and lead time */
  autoBuild: { costPerM2: number; payer: Payer; leadTimeYears: number };
  /** facilities with a cost, and the entity each is booked to */
  facilityCharges: FacilityCharge[];
  /** NT2011-4: communities' own elderly care stations and the NT2011-4c points, from the elderly facilities */
  careNetwork: CareNetwork;
  /** the 15-minute life circle per year, type, community and district; null without spatial data */
  coverage: CoverageResult | null;
}

export interface ProjectStart {
  projectId: string;
  entity: number;
  yearIdx: number;
  m2: number;
  cost: number;
  payer: Payer;
  /** the year the project was asked to start */
  askedYear: number;
  completesYear: number;
}
