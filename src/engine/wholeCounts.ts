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
import type { Flat } from './flatten';
import type { DistrictValues, ParamTable } from './resolveParams';
import type { Scenario } from './scenario';

const LIMIT = 2 ** 31 - 1;

const finiteShare = (x: number): boolean => Number.isFinite(x) && x >= 0;

/** Posts and minimums the rule set (or the scenario's overrides) sets: whole numbers in every year, or none. */
const WHOLE_PARAMS = ['staffing.minPerCommunity', 'staffing.minPerRuralCommunity', 'staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'] as const;

/**
 * Adds the sum of a[0, n) to out[0] and keeps the largest in out[1]; false when a value is not a whole
 * number ≥ +0 (−0 would come out of a 32-bit array as +0). One loop a function, on a typed array, as
 * the engine's long loops are (recurringCosts.ts payCosts): a national city has 120,000 communities.
 */
function wholes(a: Float64Array, n: number, out: Float64Array): boolean {
  for (let e = 0; e < n; e++) {
    const x = a[e];
    if (!(x >= 0 && x < Infinity && Math.floor(x) === x) || (x === 0 && 1 / x < 0)) return false;
    out[0] += x;
    if (x > out[1]) out[1] = x;
  }
  return true;
}

/** The largest 1 + growth of the communities, at least 1; NaN where 1 + growth < 0 or dwellings are NaN, negative or −0. */
function mostGrowth(growth: Float64Array, dwellings: Float64Array, n: number): number {
  const most = Float64Array.of(1);
  for (let e = 0; e < n; e++) {
    const g = 1 + growth[e];
    const dw = dwellings[e];
    if (!(g >= 0) || !(dw >= 0) || (dw === 0 && 1 / dw < 0)) return NaN;
    if (g > most[0]) most[0] = g;
  }
  return most[0];
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
  const households = new Float64Array(2);
  const residents = new Float64Array(2);
  const staff = new Float64Array(2);
  const grow = mostGrowth(base.growth, base.dwellings, nc);
  // Committee members make part of a gap only where YX2008-5's reading is in force (openYear.ts).
  const committeeCounts = params['staffing.countCommitteeMembers']?.some((v, y) => y < ny && v === 1) ?? false;
  const whole =
    wholes(base.households, nc, households) &&
    wholes(base.residents, nc, residents) &&
    (!committeeCounts || wholes(entities.committee, nc, new Float64Array(2))) &&
    wholes(base.inPost, n, staff) &&
    wholes(base.certified, n, staff) &&
    wholes(base.bachelor, n, staff);
  if (!whole || Number.isNaN(grow)) return false;
  const ahead = Math.max(0, ...years.map((year) => year - scenario.horizon.baseYear));
  // Repeated multiplication (population.ts) and pow may differ in the last bits: a margin covers it.
  const factor = grow ** ahead * (1 + 1e-9);
  const mostHouseholds = households[0] * factor + nc;
  const mostResidents = residents[0] * (factor + 0.5) + nc;
  return mostHouseholds <= LIMIT && mostResidents <= LIMIT && mostHouseholds / perWorker < 2 ** 53 && staff[1] + ny * capacityPerYear <= LIMIT;
}
