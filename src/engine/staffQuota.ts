/**
 * How a rule set counts the staffing requirement: per community (NJ2007-15, YX2008-5 …), or as one
 * headcount total per district (GOV2020-3a: 以县（市、区）为单位……核定总量). Under a district quota
 * each community's figure is its share of the total, max(minimum, households ÷ ratio) unrounded; the
 * quota is the district's sum of shares rounded up once, and staff in post anywhere in the district's
 * pool count against it.
 */
import { buildCache } from './buildCache';
import type { EntityIndex, Series } from './projection';

export type QuotaLevel = 'community' | 'district';

type Params = Record<string, (number | null)[]>;

/** The level at which the requirement is counted in a year; a rule set without the rule counts per community. */
export function quotaLevelIn(params: Params, y: number): QuotaLevel {
  return params['staffing.quotaByDistrict']?.[y] === 1 ? 'district' : 'community';
}

/** A district's quota from the sum of its communities' shares: whole people, rounded up once. */
export function districtQuota(shareSum: number): number {
  return shareSum > 0 ? Math.ceil(shareSum - 1e-9) : 0;
}

/**
 * Whether a community's staff count against its district's quota: an established community the
 * standard gives a share. Villages outside the clause (share 0) are not in the pool, so their
 * workers neither fill nor hide an urban shortfall.
 */
export function inPool(established: number, share: number): boolean {
  return established === 1 && share > 0;
}

export interface DistrictStaffing {
  /** per district: the quota */
  quota: Float64Array;
  /** per district: workers counted against it */
  counted: Float64Array;
}

/** What a run holds that the district totals are read from. */
export interface QuotaSource {
  nCommunities: number;
  nStreets: number;
  nDistricts: number;
  nEntities: number;
  entities: Pick<EntityIndex, 'district' | 'committee'>;
  series: Pick<Series, 'staffRequired' | 'inPost' | 'established'>;
  quotas: Float64Array;
  params: Params;
}

/** While a results view is built, each year's district totals are read by two metrics for the city and every district. */
const byYear = buildCache<QuotaSource, number, DistrictStaffing>();

export const sharingDistrictStaffing = <T>(build: () => T): T => byYear.during(build);

/** Every district's quota and the workers in its pool (committee members too where YX2008-5's reading applies). */
export function districtStaffing(p: QuotaSource, y: number): DistrictStaffing {
  const perYear = byYear.of(p);
  if (!perYear) return countDistrictStaffing(p, y);
  let s = perYear.get(y);
  if (!s) perYear.set(y, (s = countDistrictStaffing(p, y)));
  return s;
}

/** Whether year y's district totals are kept for the build under way. */
export function keptDistrictStaffing(p: QuotaSource, y: number): boolean {
  return byYear.of(p)?.has(y) ?? false;
}

/** Keeps a year's district totals counted elsewhere, as countDistrictStaffing counts them, for the build under way. */
export function keepDistrictStaffing(p: QuotaSource, y: number, s: DistrictStaffing): void {
  byYear.of(p)?.set(y, s);
}

function countDistrictStaffing(p: QuotaSource, y: number): DistrictStaffing {
  const s = newDistrictStaffing(p, y);
  const withCommittee = p.params['staffing.countCommitteeMembers']?.[y] === 1;
  const { staffRequired, inPost, established } = p.series;
  const { district, committee } = p.entities;
  poolCounts(p.nCommunities, y * p.nEntities, established, staffRequired, inPost, withCommittee ? committee : null, district, s.counted);
  return s;
}

/** Year y's quotas, a copy, and counts at 0 for the caller to add to. */
export function newDistrictStaffing(p: Pick<QuotaSource, 'nDistricts' | 'quotas'>, y: number): DistrictStaffing {
  return { quota: quotasIn(p, y), counted: new Float64Array(p.nDistricts) };
}

/**
 * Adds each in-pool community's workers (and committee members, when given) to its district's count,
 * in community order. A district's count is carried in a local over each run of its communities (a
 * flat city lists them district by district), the run's end found by the district column alone: with
 * the district tested inside the pool's branch and whether committee members count tested inside the
 * loop, a national year took twice as long (0.75 against 0.37 ms). A district met again later picks up
 * its count where it was left, so the same additions come in the same order whatever the layout. A
 * run is a function of its own, called a few dozen times a year, so a process's first national run has
 * it compiled early rather than stepping most of the year's pass in the interpreter.
 */
function poolCounts(nc: number, o: number, established: Uint8Array, staffRequired: Series['staffRequired'], inPost: Series['inPost'], committee: Float64Array | null, district: Int32Array, counted: Float64Array): void {
  for (let e = 0; e < nc; ) {
    e = committee ? districtRunWith(e, nc, o, established, staffRequired, inPost, committee, district, counted) : districtRun(e, nc, o, established, staffRequired, inPost, district, counted);
  }
}

/** Adds the in-pool workers of the run of communities from `from` in one district to its count; returns where the run ends. */
function districtRun(from: number, nc: number, o: number, established: Uint8Array, staffRequired: Series['staffRequired'], inPost: Series['inPost'], district: Int32Array, counted: Float64Array): number {
  const d = district[from];
  let sum = counted[d];
  let e = from;
  for (; e < nc && district[e] === d; e++) if (inPool(established[o + e], staffRequired[o + e])) sum += inPost[o + e];
  counted[d] = sum;
  return e;
}

/** districtRun with each community's committee members added to its workers: a loop of its own (see poolCounts). */
function districtRunWith(from: number, nc: number, o: number, established: Uint8Array, staffRequired: Series['staffRequired'], inPost: Series['inPost'], committee: Float64Array, district: Int32Array, counted: Float64Array): number {
  const d = district[from];
  let sum = counted[d];
  let e = from;
  for (; e < nc && district[e] === d; e++) if (inPool(established[o + e], staffRequired[o + e])) sum += inPost[o + e] + committee[e];
  counted[d] = sum;
  return e;
}

/** The districts' quotas in year y, a copy for the caller to keep. */
export function quotasIn(p: Pick<QuotaSource, 'nDistricts' | 'quotas'>, y: number): Float64Array {
  return p.quotas.slice(y * p.nDistricts, (y + 1) * p.nDistricts);
}

/** An entity's quota in year y as the explanations show it: a district's own, 0 for a street or community. */
export function quotaAt(p: Pick<QuotaSource, 'nCommunities' | 'nStreets' | 'nDistricts' | 'quotas'>, y: number, e: number): number {
  const d = e - p.nCommunities - p.nStreets;
  return d >= 0 ? p.quotas[y * p.nDistricts + d] : 0;
}

/** The districts' quotas in year y summed, district by district. */
export function quotaTotal(p: Pick<QuotaSource, 'nDistricts' | 'quotas'>, y: number): number {
  let sum = 0;
  for (let d = 0; d < p.nDistricts; d++) sum += p.quotas[y * p.nDistricts + d];
  return sum;
}
