/**
 * The scenario as the engine reads it: plain JSON, already validated (src/io/scenarioSchema.ts).
 * Money is in yuan, floor space in m², rates are fractions per year.
 */
import type { CommunityKind } from '../registry/levels';
import type { CarePoint, FacilityType } from '../registry/facilityTypes';
import type { Payer } from '../registry/payers';
import type { Name } from '../registry/text';
import type { UncertainWhat } from '../registry/uncertainInputs';
import type { DistrictParamKey } from './overrides';
import type { ParamKey } from './params';
import type { Plan } from './plan';
import type { AuthoredRuleSet } from './ruleSet';

export const SCHEMA_VERSION = 3 as const;

export { PAYERS, payerAt, type Payer } from '../registry/payers';
export type { CommunityKind } from '../registry/levels';
export { FACILITY_TYPES, LIFE_CIRCLE_TYPES, type FacilityType } from '../registry/facilityTypes';

/** A point: longitude/latitude (WGS-84) or metres in a local plane. */
export type Location = { lon: number; lat: number } | { x: number; y: number };


/** A facility that is open, or planned to open, at a place. */
export interface Facility {
  id: string;
  name: string;
  type: FacilityType;
  /** in the form city.spatial.crs says: lon/lat for wgs84, x/y metres for local */
  location: Location;
  /** first year it serves residents; an existing facility opened by the base year */
  openingYear: number;
  /** yuan, spent in the opening year (counted only when that year is in the horizon) */
  capitalCost?: number;
  /** yuan per year, every year from opening */
  runningCost?: number;
  /** who pays; defaults to the building programme's payer */
  payer?: Payer;
  /** for an elderly facility: the community whose home-based care station it is (NT2011-4); its costs are booked there */
  community?: string;
  /** for an elderly facility: an NT2011-4c point (day care, meals, rehabilitation) rather than a community's station */
  carePoint?: CarePoint;
}

/** How far residents walk in the life circle; each field has a default (src/engine/coverage/defaults.ts). */
export interface Walk {
  /** 15 (GOV2020-4b) */
  minutes?: number;
  /** 70 m per minute: the middle of the 60–80 used in life-circle audits (STANDARDS.md) */
  speedMetresPerMinute?: number;
  /** the walking route is this many times the straight line; 1.25 is an estimate (ignored on a walking network) */
  detourFactor?: number;
}

/**
 * A service circle with a walking time and facility types of its own, measured beside the life circle
 * at the walk's speed and detour: Wuhai's ten-minute circle (CASES-wuhai) is 10 minutes to a culture
 * station, a health and family-planning station, a governance station and elderly rooms.
 */
export interface ServiceCircle {
  id: string;
  minutes: number;
  /** a resident is inside when every one of these is within the minutes */
  types: FacilityType[];
}

export interface Spatial {
  /** wgs84: locations are lon/lat; local: x/y metres in one plane */
  crs: 'wgs84' | 'local';
  /** side of a population cell in metres; 100 by default (estimate) */
  cellSize?: number;
  walk?: Walk;
  serviceCircles?: ServiceCircle[];
}

/** Footpaths as a graph in the city's crs: nodes are points, edges join two node indices. */
export interface WalkingNetwork {
  nodes: [number, number][];
  edges: [number, number][];
}

export interface Staff {
  /** full-time community workers in post in the base year */
  inPost: number;
  /** of whom certified social workers (社会工作者职业资格, NJ2007-16) */
  certified: number;
  /** of whom holding a bachelor's degree or above (NJ2007-16) */
  bachelor: number;
  /** residents' committee members who are not full-time workers; counted only where the rule set says so (YX2008-5) */
  committeeMembers?: number;
}

export interface Community {
  id: string;
  name: string;
  kind: CommunityKind;
  /** households in the base year */
  households: number;
  residents: number;
  /** annual household growth rate, e.g. 0.02 */
  growth: number;
  /** dwellings of a new estate; households never exceed it, and occupancy = households / dwellings (GOV2020-2b) */
  dwellings?: number;
  staff: Staff;
  /** migrant (non-registered) residents living in the community in the base year, held through the horizon (QY-9) */
  migrants?: number;
  /**
   * Migrant households newly registered here (新落户) in each year after the base year; QY-8 pays for each
   * of them every year from its registration on.
   */
  registrationsPerYear?: number;
  /** registered community volunteers (注册义工) in the base year, held through the horizon (QY-14) */
  volunteers?: number;
  /** office and service floor space in the base year, m² */
  space: number;
  /** share of that space used for public-benefit (not for-profit) service, 0–1 (NJ2007-19: at least 2/3); unknown when absent */
  publicBenefitShare?: number;
  location?: Location;
  /** m²; residents are spread over a disc of this area around the location */
  area?: number;
  /** the community's boundary as a ring of [x, y] or [lon, lat] in the city's crs; residents fill it */
  polygon?: [number, number][];
  /**
   * The base figures are estimates (e.g. 2,500 households per urban community, NJ2007-2) made when the
   * community came from the statistical division codes, which carry no counts; removed once real
   * households are entered or imported.
   */
  estimated?: true;
  /**
   * Which base figures still hold the estimate, when some have been replaced by real data; without it,
   * all of them. Editing a figure clears its own entry only; the last one cleared takes `estimated` with it.
   */
  estimatedFields?: EstimatedField[];
}

/** The base figures of a community that an estimate fills in (staff: in post, certified and bachelor together). */
export type EstimatedField = 'households' | 'residents' | 'staff' | 'space';

export interface Street {
  id: string;
  name: string;
  /** 1, 2 or 3 (CS2010-6a) */
  class: 1 | 2 | 3;
  /** street service centre floor space in the base year, m² (NJ2007-18c, NT2011-5b) */
  centreSpace: number;
  /** posts filled at the street public service station (CS2010-6a) */
  stationStaff: number;
  communities: Community[];
}

export interface District {
  id: string;
  name: string;
  /** district service centre floor space in the base year, m² (NJ2007-18d, NT2011-5a) */
  centreSpace: number;
  streets: Street[];
}

/**
 * A wage level of the city in the base year and its annual growth: a fact the plan is measured against,
 * not a lever. Without a base it gives no benchmark (the editor fills the two fields one at a time).
 */
export interface WageSeries {
  /** yuan per person per year in the base year */
  base?: number;
  /** annual growth; 0 when left out */
  growth?: number;
}

export interface City {
  name: string;
  /** the city's average employee wage (全市职工平均工资), which NJ2007-17 sets pay against */
  averageWage?: WageSeries;
  /** pay of local public-institution staff of the same kind (事业单位同类人员), which GOV2020-3b benchmarks pay to */
  publicInstitutionPay?: WageSeries;
  districts: District[];
  /** where things are and how far people walk; without it the life-circle figures are not computed */
  spatial?: Spatial;
  /** facilities open by the base year */
  facilities?: Facility[];
  /** when given, walking distances follow it instead of the straight line × detour factor */
  walkingNetwork?: WalkingNetwork;
}

export interface Horizon {
  /** the year whose figures the city describes: always firstYear − 1, so no year goes unsimulated (io/checkScenario.ts) */
  baseYear: number;
  firstYear: number;
  lastYear: number;
}

/** One number for every year, or dated values: { "2028": 0.6 } holds from 2028 on (a reform mid-plan). */
export type OverrideValue = number | Record<string, number>;

export interface RuleSetChoice {
  /** id of a built-in rule set in scenarios/rulesets, e.g. "GOV2020", or of the authored set in custom */
  id: string;
  /**
   * A rule set the user wrote, carried whole so the scenario file and its share link run anywhere;
   * when given it is the scenario's rule set and its id equals id above (and is no built-in's).
   */
  custom?: AuthoredRuleSet;
  /** values per parameter replacing the rule set's, each within the parameter's range */
  overrides?: Partial<Record<ParamKey, OverrideValue>>;
  /** by parameter and district id: a district's own value where a document lets it choose (GOV2020-3a: 300–400) */
  districtOverrides?: Partial<Record<DistrictParamKey, Record<string, OverrideValue>>>;
}

export type { BudgetAmount, Budgets, Earmarks } from './budgets';
export type { Building, BuildingOrder, BuildingProject, DeferrableItem, Hiring, PayPolicy, Plan, Shortfall } from './plan';

export interface TargetScope {
  /** a district id; the whole city when absent */
  district?: string;
}

export interface Target {
  id: string;
  /** a metric id from the registry (src/registry/metrics.ts) */
  metric: string;
  threshold: number;
  year: number;
  scope?: TargetScope;
  label?: Name;
  /** the rule the target comes from, e.g. "NJ2007-18b" */
  rule?: string;
}

/**
 * A distribution to draw an uncertain input from. A normal's optional bounds truncate it: values are
 * drawn from the normal conditioned on lying within them (by the inverse of its distribution function,
 * so no mass piles up at a bound and every draw uses one random number).
 */
export type Distribution =
  | { kind: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'uniform'; min: number; max: number };

/**
 * What an uncertain input perturbs, and how the drawn value applies:
 * - householdGrowth: added to every community's annual household growth (0.005 = half a point faster)
 * - wageGrowth: added to the annual growth of the plan's pay per worker
 * - budget: multiplies every year's budget of the payer (1 = as planned)
 * - buildingDelay: extra years from start to completion of every building project and planned
 *   facility, rounded to whole years (0 = on time)
 * - hiringSuccess: multiplies the hiring capacity, from 0 to 1 (the share of planned recruitment filled)
 */
export type { UncertainWhat } from '../registry/uncertainInputs';

export type UncertainInput =
  | { what: Exclude<UncertainWhat, 'budget'>; distribution: Distribution; note?: string }
  | { what: 'budget'; payer: Payer; distribution: Distribution; note?: string };

/** Monte Carlo: each draw takes every input from its distribution, with numbers from (seed, draw index). */
export interface Uncertainty {
  draws: number;
  inputs: UncertainInput[];
}

export interface Scenario {
  schemaVersion: typeof SCHEMA_VERSION;
  name: string;
  description?: string;
  horizon: Horizon;
  city: City;
  ruleSet: RuleSetChoice;
  plan: Plan;
  targets: Target[];
  /** distributions on growth, wages, budgets, delays and hiring, for the uncertainty analysis */
  uncertainty?: Uncertainty;
  seed: number;
}
