/** What the rule set requires of every entity in a year: workers and floor space. */
import { LEVEL } from '../projection';
import { KIND_CODE } from '../flatten';
import { minimumFor, perHundredFor, ratioFor, spaceMinimumKind, type SpaceRule, type StaffRule } from './requirementTerms';

// Read once: a property lookup per entity adds up over a national sweep.
const COMMUNITY = LEVEL.community;
const STREET = LEVEL.street;
const KINDS = Object.values(KIND_CODE);

/** NJ2007-15 / GOV2020-3a / YX2008-5: max(minimum, ⌈households / households per worker⌉). */
export function workersRequired(households: number, perWorker: number | null, minimum: number | null): number {
  return Math.max(minimum ?? 0, Math.ceil(workerShare(households, perWorker, null) - 1e-9));
}

/**
 * GOV2020-3a under county-level total management: a community's share of its district's quota,
 * max(minimum, households / households per worker), not rounded (the district total is).
 */
export function workerShare(households: number, perWorker: number | null, minimum: number | null): number {
  return Math.max(minimum ?? 0, perWorker === null || perWorker <= 0 ? 0 : households / perWorker);
}

/** NJ2007-18 / GOV2020-4 / NT2011-5c: max(minimum for the kind, m² per 100 households × households / 100). */
export function spaceRequiredFor(households: number, minimum: number | null, perHundred: number | null): number {
  return Math.max(minimum ?? 0, ((perHundred ?? 0) * households) / 100);
}

/** A year's floor-space rule as numbers by kind (KIND_CODE order): what every entity of a national city is measured against. */
export interface SpaceTable {
  minimum: Float64Array;
  perHundred: Float64Array;
  /** m² every community adds on top */
  supermarket: number;
  street: number;
  district: number;
}

/** Each rule's table, made once: a rule is kept for every run of its parameter table (spaceRuleIn), and neither is changed once made. */
const tables = new WeakMap<SpaceRule, SpaceTable>();

/**
 * Floor space an established entity needs under a year's rule, given its households, is
 * spaceNeeded(table, …): a community's centre and its supermarket. The rule's terms are read once, into
 * typed arrays, so the loops over every entity look nothing up and unbox nothing.
 */
export function spaceTable(rule: SpaceRule): SpaceTable {
  let t = tables.get(rule);
  if (t === undefined) tables.set(rule, (t = tableOf(rule)));
  return t;
}

function tableOf(rule: SpaceRule): SpaceTable {
  // A loop rather than Float64Array.from(KINDS, …), whose iterator costs microseconds a year on every run.
  const minimum = new Float64Array(KINDS.length);
  const perHundred = new Float64Array(KINDS.length);
  KINDS.forEach((kind, i) => {
    minimum[i] = rule.minByKind[spaceMinimumKind(rule, kind)] ?? 0;
    perHundred[i] = perHundredFor(rule, kind) ?? 0;
  });
  return {
    minimum,
    perHundred,
    supermarket: rule.supermarket,
    street: rule.streetCentre ?? 0,
    district: rule.districtCentre ?? 0,
  };
}

/** spaceRequiredFor with the table's terms, plus the supermarket; streets and districts their centres. */
export function spaceNeeded(t: SpaceTable, level: number, kind: number, households: number): number {
  if (level === COMMUNITY) return spaceRequiredFor(households, t.minimum[kind], t.perHundred[kind]) + t.supermarket;
  return level === STREET ? t.street : t.district;
}

/**
 * Households per worker for each community class (urban, rural) and district, 0 where none applies,
 * written into ratio (2 × nDistricts long; a run's own, openYear.ts), and the minimum for each class
 * returned: a year's staffing rule read once for every community.
 */
export function staffTable(rule: StaffRule, nDistricts: number, ratio: Float64Array): Float64Array {
  for (let d = 0; d < nDistricts; d++) {
    ratio[d] = ratioFor(rule, false, d) ?? 0;
    ratio[nDistricts + d] = ratioFor(rule, true, d) ?? 0;
  }
  return Float64Array.of(minimumFor(rule, false) ?? 0, minimumFor(rule, true) ?? 0);
}
