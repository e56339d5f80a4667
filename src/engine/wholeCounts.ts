/**
 * Whether a run can keep its counts (COUNT_SERIES: households, residents and the staff series) in
 * 32-bit integers without changing a bit of any figure: every value written must be a whole number,
 * never −0, of magnitude below 2³¹. A checked scenario always passes, unless its city is so large or
 * grows so fast that a district's households could pass 2³¹, or an authored rule set asks for
 * fractional posts; such a run keeps 64-bit floats, with the same figures. The reasons, writer by writer:
 *
 * - households (openYear.ts, population.ts): Math.round(min(dwellings, h0 × (1 + g)^k)), streets and
 *   districts their communities' sum. Whole and not −0 when h0 is a whole number ≥ +0, dwellings is
 *   not NaN or −0 and 1 + g ≥ 0; at most Σh0 × max(1, 1 + g)^K + ½ a community over the horizon.
 * - residents: Math.round(r0 × h ÷ h0), or r0 where h0 is 0; at most r0 × (max(1, 1 + g)^K + ½) + ½.
 * - leavers, inPost, certified, bachelor (openYear.ts leave, staffing.ts): base staff less whole leavers
 *   (takeWhole floors a finite carry), plus hires; whole when the base staff are.
 * - hires (staffing.ts): a share of the gaps that capacity allows, in whole workers (allocateWhole), or
 *   the gaps themselves when capacity covers them. A gap is max(0, required − (inPost + committee)) or a
 *   district quota's whole workers (pooledHires.ts); required is ⌈households ÷ per worker⌉, at least the
 *   minimum, or a street's posts: whole when those parameters and the committee counts are. No entity
 *   hires more in a year than the city's capacity, so no count passes base staff + years × capacity.
 */
import type { BaseArrays, Flat } from './flatten';
import type { DistrictValues, ParamTable } from './resolveParams';
import type { Scenario } from './scenario';

const LIMIT = 2 ** 31 - 1;

const finiteShare = (x: number): boolean => Number.isFinite(x) && x >= 0;

/** Posts and minimums the rule set (or the scenario's overrides) sets: whole numbers in every year, or none. */
const WHOLE_PARAMS = ['staffing.minPerCommunity', 'staffing.minPerRuralCommunity', 'staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'] as const;

/** A base array's sum and largest value. */
interface Wholes {
  sum: number;
  most: number;
}

/** Whether x is a whole number ≥ +0: not −0, which would come out of a 32-bit array as +0. */
// Object.is, not 1 / x < 0: the division runs only at a zero, so code optimised before the first zero
// count (flatten.ts communitiesInto early in a fresh run) had no feedback for it and was thrown away there.
export const isWhole = (x: number): boolean => x >= 0 && x < Infinity && Math.floor(x) === x && !Object.is(x, -0);

/**
 * The sum and largest of a[0, n); null when a value is not whole (isWhole). One loop a function, on a
 * typed array, as the engine's long loops are (recurringCosts.ts payCosts): a national city has 120,000
 * communities.
 */
function wholes(a: Float64Array, n: number): Wholes | null {
  const out = Float64Array.of(0, 0);
  for (let e = 0; e < n; e++) {
    const x = a[e];
    if (!isWhole(x)) return null;
    out[0] += x;
    if (x > out[1]) out[1] = x;
  }
  return { sum: out[0], most: out[1] };
}

/** Whether every dwelling count is a number ≥ +0 (Infinity where none is given). */
function dwellingsValid(dwellings: Float64Array, n: number): boolean {
  for (let e = 0; e < n; e++) {
    const dw = dwellings[e];
    if (!(dw >= 0) || (dw === 0 && 1 / dw < 0)) return false;
  }
  return true;
}

/** The largest 1 + growth of the communities, at least 1; NaN where 1 + growth < 0. */
function mostGrowth(growth: Float64Array, n: number): number {
  const most = Float64Array.of(1);
  for (let e = 0; e < n; e++) {
    const g = 1 + growth[e];
    if (!(g >= 0)) return NaN;
    if (g > most[0]) most[0] = g;
  }
  return most[0];
}

/**
 * A check of a base array, answered once per array: lever runs and Monte Carlo draws of one city share
 * its flat arrays (project.ts Prepared), so a national city's passes (2.5–4 ms) are made once. Only
 * arrays that depend on the city alone are checked so: a flat city's arrays are never written once
 * flattened, while growth, which a draw shifts into an array it rewrites (uncertainty/drawContext.ts),
 * and everything the rule set and plan give are checked on every run.
 */
function once<T>(check: (a: Float64Array, n: number) => T): { of: (a: Float64Array, n: number) => T; seed: (a: Float64Array, n: number, answer: T) => void } {
  const known = new WeakMap<Float64Array, { n: number; answer: T }>();
  const seed = (a: Float64Array, n: number, answer: T) => void known.set(a, { n, answer });
  const of = (a: Float64Array, n: number) => {
    const hit = known.get(a);
    if (hit?.n === n) return hit.answer;
    const answer = check(a, n);
    seed(a, n, answer);
    return answer;
  };
  return { of, seed };
}

const wholesOf = once(wholes);
const dwellingsValidOf = once(dwellingsValid);

/**
 * What flatten (flatten.ts communitiesInto) tallies of the communities as it writes them, so a fresh
 * run need not read five megabytes again to check them (2–4 ms for a national city): by index,
 * households' sum and largest, residents', staff in post's, certified's and graduates', then a 0 or
 * the sum of the flags below for the arrays with a value that is not whole (dwellings: not valid).
 */
export const TALLY_LENGTH = 11;
export const NOT_WHOLE = { households: 1, residents: 2, inPost: 4, certified: 8, bachelor: 16, dwellings: 32 } as const;

/**
 * Takes flatten's tally of the communities as the answers of wholes and dwellingsValid for its fresh
 * arrays: the same sums, added in the same order, and the same largest values. Staff in post runs on
 * over the streets and districts; their certified and graduates are +0, which leaves sum and largest.
 */
export function tallied(base: BaseArrays, nc: number, n: number, tally: Float64Array): void {
  const { inPost } = base;
  let bad = tally[10];
  let sum = tally[4];
  let most = tally[5];
  for (let e = nc; e < n; e++) {
    const x = inPost[e];
    if (!isWhole(x)) bad |= NOT_WHOLE.inPost;
    sum += x;
    if (x > most) most = x;
  }
  const answer = (flag: number, at: number, s = tally[at], m = tally[at + 1]) => ((bad & flag) !== 0 ? null : { sum: s, most: m });
  wholesOf.seed(base.households, nc, answer(NOT_WHOLE.households, 0));
  wholesOf.seed(base.residents, nc, answer(NOT_WHOLE.residents, 2));
  wholesOf.seed(inPost, n, answer(NOT_WHOLE.inPost, 4, sum, most));
  wholesOf.seed(base.certified, n, answer(NOT_WHOLE.certified, 6));
  wholesOf.seed(base.bachelor, n, answer(NOT_WHOLE.bachelor, 8));
  dwellingsValidOf.seed(base.dwellings, nc, (bad & NOT_WHOLE.dwellings) === 0);
}

export function countsFit(scenario: Scenario, flat: Flat, params: ParamTable, districtParams: Record<string, DistrictValues>, years: number[]): boolean {
  const { nCommunities: nc, nEntities: n, base, entities } = flat;
  const ny = years.length;
  for (const key of WHOLE_PARAMS) if (params[key]?.some((v, y) => y < ny && v !== null && !Number.isInteger(v))) return false;
  // Households per worker: a ratio so small that households ÷ ratio overflows would make a gap of Infinity.
  let perWorker = Infinity;
  const ratios = [params['staffing.householdsPerWorker'] ?? [], ...(districtParams['staffing.householdsPerWorker']?.values ?? [])];
  for (const row of ratios) for (let y = 0; y < ny; y++) if ((row[y] ?? 0) > 0) perWorker = Math.min(perWorker, row[y]!);
  const { capacityPerYear, attritionRate, certifiedShare, bachelorShare } = scenario.plan.hiring;
  const hireShares = params['staffing.bachelorShareOfHires'] ?? [];
  if (!(Number.isInteger(capacityPerYear) && capacityPerYear >= 0) || ![attritionRate, certifiedShare, bachelorShare].every(finiteShare) || !hireShares.every((v) => v === null || finiteShare(v))) return false;
  const grow = dwellingsValidOf.of(base.dwellings, nc) ? mostGrowth(base.growth, nc) : NaN;
  // Committee members make part of a gap only where YX2008-5's reading is in force (openYear.ts).
  const committeeCounts = params['staffing.countCommitteeMembers']?.some((v, y) => y < ny && v === 1) ?? false;
  const households = wholesOf.of(base.households, nc);
  const residents = wholesOf.of(base.residents, nc);
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  const staff = Array.from([base.inPost, base.certified, base.bachelor], (a) => wholesOf.of(a, n));
  if (!households || !residents || (committeeCounts && !wholesOf.of(entities.committee, nc)) || Number.isNaN(grow)) return false;
  let mostStaff = 0;
  for (const s of staff) {
    if (!s) return false;
    mostStaff = Math.max(mostStaff, s.most);
  }
  const ahead = Math.max(0, ...Array.from(years, (year) => year - scenario.horizon.baseYear));
  // Repeated multiplication (population.ts) and pow may differ in the last bits: a margin covers it.
  const factor = grow ** ahead * (1 + 1e-9);
  const mostHouseholds = households.sum * factor + nc;
  const mostResidents = residents.sum * (factor + 0.5) + nc;
  return mostHouseholds <= LIMIT && mostResidents <= LIMIT && mostHouseholds / perWorker < 2 ** 53 && mostStaff + ny * capacityPerYear <= LIMIT;
}

/** The staffing parameters a staffRequired kept in 32 bits rests on (requiredFit): minimums, street posts, households per worker. */
const MINIMUMS = ['staffing.minPerCommunity', 'staffing.minPerRuralCommunity'] as const;
const POSTS = ['staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'] as const;

/**
 * Whether a run whose counts fit 32-bit integers (countsFit) can keep staffRequired in them too, to the
 * bit. Without a district quota (GOV2020-3a's county-level total, whose shares are fractions) the year's
 * opening (openYear.ts) writes only:
 * - +0 for a district and for a community that does not stand;
 * - a street's posts for its class, or +0: whole, not −0 and within 32 bits, as checked here;
 * - for a standing community, atLeast(⌈q − 10⁻⁹⌉, minimum), minimum +0 where none is set, and
 *   q = households ÷ households per worker (+0 where the ratio is none or ≤ 0). Households are whole
 *   and ≥ +0 (countsFit), so where no ratio is NaN q is +0 or positive; ⌈q − 10⁻⁹⌉ is a whole number,
 *   −0 for q ≤ 10⁻⁹, and atLeast turns −0 into the minimum where the minimum is a whole number ≥ +0
 *   (atLeast.ts: −0 > m is false, and −0 × 0 + m is m). countsFit keeps households below 2³¹, so with
 *   every positive ratio at least 1, ⌈q − 10⁻⁹⌉ is below 2³¹ too.
 */
export function requiredFit(params: ParamTable, districtParams: Record<string, DistrictValues>, ny: number): boolean {
  const inYears = (row: readonly (number | null)[] | undefined, ok: (v: number) => boolean) => (row ?? []).every((v, y) => y >= ny || v === null || ok(v));
  const ratios = [params['staffing.householdsPerWorker'], ...(districtParams['staffing.householdsPerWorker']?.values ?? [])];
  return (
    inYears(params['staffing.quotaByDistrict'], (v) => v !== 1) &&
    MINIMUMS.every((key) => inYears(params[key], (v) => isWhole(v) && v <= LIMIT)) &&
    POSTS.every((key) => inYears(params[key], (v) => Number.isInteger(v) && Math.abs(v) <= LIMIT && !Object.is(v, -0))) &&
    ratios.every((row) => inYears(row, (v) => !Number.isNaN(v) && (v <= 0 || v >= 1)))
  );
}
