/**
 * The terms of a requirement: which rule values an entity's required workers and floor space are
 * worked from in a year. The requirement step adds them up and the explanation
 * (src/engine/explain/requirements.ts) shows them, so the two cannot read different rules.
 */
import { KIND_CODE } from '../flatten';
import type { ParamKey } from '../params';
import type { DistrictValues, ParamTable } from '../resolveParams';

const RURAL = KIND_CODE.rural;
const URBAN_EXISTING = KIND_CODE.urbanExisting;

const at = (params: ParamTable, key: ParamKey, y: number) => params[key]?.[y] ?? null;

/** The staffing rules in force in a year, read once for all communities. */
export interface StaffRule {
  perWorker: number | null;
  /** GOV2020-3a lets each district choose its ratio within 300–400: its own value by district index, where any sets one */
  perWorkerOf: (number | null)[] | null;
  /** GOV2020-3a's standard is for urban communities: a village then has only its own minimum, if any */
  urbanOnly: boolean;
  minimum: number | null;
  minimumRural: number | null;
}

export function staffRuleIn(params: ParamTable, districtParams: Record<string, DistrictValues | undefined>, y: number): StaffRule {
  return {
    perWorker: at(params, 'staffing.householdsPerWorker', y),
    perWorkerOf: districtParams['staffing.householdsPerWorker']?.values.map((row) => row[y]) ?? null,
    urbanOnly: at(params, 'staffing.ratioUrbanOnly', y) === 1,
    minimum: at(params, 'staffing.minPerCommunity', y),
    minimumRural: at(params, 'staffing.minPerRuralCommunity', y),
  };
}

/** Households per worker for a community: its district's own ratio, else the rule set's; none for a village where the ratio is urban only. */
export function ratioFor(rule: StaffRule, rural: boolean, district: number): number | null {
  if (rural && rule.urbanOnly) return null;
  return rule.perWorkerOf?.[district] ?? rule.perWorker;
}

/** The minimum a community takes: a village its own where the rule set has one, else every community's. */
export function minimumKeyFor(rule: StaffRule, rural: boolean): 'staffing.minPerRuralCommunity' | 'staffing.minPerCommunity' {
  return rural && rule.minimumRural !== null ? 'staffing.minPerRuralCommunity' : 'staffing.minPerCommunity';
}

export function minimumFor(rule: StaffRule, rural: boolean): number | null {
  return rural && rule.minimumRural !== null ? rule.minimumRural : rule.minimum;
}

/** The floor-space rules in force in a year, read once for all entities. */
export interface SpaceRule {
  minByKind: (number | null)[];
  perHundred: number | null;
  /** villages' own ratio: the urban one reaches them only where the document says so (NJ2007-18b does not) */
  perHundredRural: number | null;
  /** m² every community adds on top, such as NT2011-6's service supermarket */
  supermarket: number;
  streetCentre: number | null;
  districtCentre: number | null;
}

/**
 * Each parameter table's floor-space rule by year, made once: a table is not changed once resolved, and
 * a scenario's Monte Carlo draws share one, so every year's rule (and its table, requirements.ts) would
 * otherwise be made again twice a year of every draw (the opening and the building programme).
 */
const spaceRules = new WeakMap<ParamTable, SpaceRule[]>();

export function spaceRuleIn(params: ParamTable, y: number): SpaceRule {
  let rules = spaceRules.get(params);
  if (rules === undefined) spaceRules.set(params, (rules = []));
  return (rules[y] ??= spaceRuleOf(params, y));
}

function spaceRuleOf(params: ParamTable, y: number): SpaceRule {
  // Made as an array of any values, then filled: the interpreter reads 300 out of a parameter's row as
  // a boxed double and optimised code as a small integer, so an array built from the values alone
  // changes its elements kind (and map) once this code is optimised, and optimised readers that had
  // seen the other one drop back to the interpreter.
  const minByKind: (number | null)[] = [null, null, null];
  for (let k = 0; k < SPACE_MIN_KEY.length; k++) minByKind[k] = at(params, SPACE_MIN_KEY[k], y);
  return {
    minByKind,
    perHundred: at(params, 'space.perHundredHouseholds', y),
    perHundredRural: at(params, 'space.perHundredHouseholdsRural', y), // GOV2020-4, NT2011-5c
    supermarket: at(params, 'space.serviceSupermarket', y) ?? 0,
    streetCentre: at(params, 'space.streetCentreMin', y), // NJ2007-18c, NT2011-5b
    districtCentre: at(params, 'space.districtCentreMin', y), // NJ2007-18d, NT2011-5a
  };
}

/** Each kind's minimum community space, in KIND_CODE order. */
export const SPACE_MIN_KEY: readonly ParamKey[] = ['space.minUrbanExisting', 'space.minUrbanNew', 'space.minRural'];

/**
 * Whose minimum a community of this kind takes: a village only its own (NJ2007-18a's 300 m² is for
 * residents' committees, 18e's 600 m² for villages); an urban kind without one of its own takes
 * that of existing urban communities.
 */
export function spaceMinimumKind(rule: SpaceRule, kind: number): number {
  return kind === RURAL || rule.minByKind[kind] !== null ? kind : URBAN_EXISTING;
}

export function perHundredKey(kind: number): ParamKey {
  return kind === RURAL ? 'space.perHundredHouseholdsRural' : 'space.perHundredHouseholds';
}

export function perHundredFor(rule: SpaceRule, kind: number): number | null {
  return kind === RURAL ? rule.perHundredRural : rule.perHundred;
}
