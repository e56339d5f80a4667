/**
 * The year's opening, for every entity: households and establishment, what the rules require, the
 * space completed and the staff who leave. Each of these reads what the one before it wrote for the
 * same entity (households, establishment, requirements), and none reads another entity's figures of
 * the year. Only what needs the whole city waits for them: the district quotas and, under them,
 * placing each district's gap (pooledHires.ts).
 *
 * Each pass over the entities is a function of its own that is handed its arrays, cut to the year
 * (index e is entity e), and last year's (base figures in the first year): a national city runs each
 * pass over 120,000 entities, and a loop that reads its arrays through a closure's context, or tests
 * for the first year, does so for every entity.
 */
import type { Flat } from '../flatten';
import { positivePart } from '../positivePart';
import type { Counts, Series } from '../projection';
import type { Run } from '../runState';
import { districtQuota, quotaLevelIn } from '../staffQuota';
import { householdsAfter } from './population';
import { required } from './communityRequirements';
import { openPool, placePool } from './pooledHires';
import { spaceTable, staffTable, type SpaceTable } from './requirements';
import { spaceRuleIn, staffRuleIn } from './requirementTerms';
import { takeWhole } from './staffing';
import { yearOf } from '../yearViews';

/**
 * The figures of one year, each cut to the year's entities; no leavers where they are made when read
 * (leaversLater.ts), and no residents where they and the stations' households are (populationLater.ts).
 */
type Year = Pick<Series, 'households' | 'established' | 'staffRequired' | 'spaceRequired' | 'space' | 'spaceCompleted' | 'inPost' | 'certified' | 'bachelor'> & {
  leavers: Series['leavers'] | null;
  residents: Series['residents'] | null;
};

export function openYear(run: Run, y: number): void {
  const { flat, series, years, baseYear, params } = run;
  const { nCommunities: nc, nDistricts: nd, nEntities: n, entities, base } = flat;
  const now: Year = {
    households: yearOf(series.households, y, n),
    residents: run.populationLater ? null : yearOf(series.residents, y, n),
    established: yearOf(series.established, y, n),
    staffRequired: yearOf(series.staffRequired, y, n),
    spaceRequired: yearOf(series.spaceRequired, y, n),
    space: yearOf(series.space, y, n),
    spaceCompleted: yearOf(series.spaceCompleted, y, n),
    inPost: yearOf(series.inPost, y, n),
    leavers: run.leaversLater ? null : yearOf(series.leavers, y, n),
    certified: yearOf(series.certified, y, n),
    bachelor: yearOf(series.bachelor, y, n),
  };
  const last = y === 0 ? null : y - 1;
  // Households: the building programme of lead years before already wrote them, worked out for its aim.
  const k = years[y] - baseYear;
  const from = run.scratch.householdsFrom;
  if (from < 0 || k < from) growHouseholds(now.households, base, k, nc);
  // The rules in force, read once (requirements.ts).
  const byDistrict = quotaLevelIn(params, y) === 'district';
  const { shareSums, ratio } = run.byDistrict;
  const minimum = staffTable(staffRuleIn(params, run.districtParams, y), nd, ratio);
  const spaceRule = spaceTable(spaceRuleIn(params, y));
  const streetPosts = [0, params['staffing.streetPostsClass1']?.[y] ?? null, params['staffing.streetPostsClass2']?.[y] ?? null, params['staffing.streetPostsClass3']?.[y] ?? null];
  openStations(flat, now, spaceRule, streetPosts);
  // GOV2020-2b: a new estate gets its own committee once occupancy reaches the threshold, and keeps it.
  const occupancy = params['community.establishOccupancy']?.[y] ?? null;
  // The whole of last year's row: required reads its communities alone.
  const wasEstablished = last === null ? null : yearOf(series.established, last, n);
  // The run's own array, last year's sums in it.
  shareSums.fill(0);
  const pool = byDistrict ? openPool(nc, nd) : null;
  const listed = required(flat, now, wasEstablished, occupancy ?? 0, occupancy !== null, { ratio, minimum, shareSums, pool }, spaceRule);
  if (pool !== null) pool.size = listed;
  // Space in use, last year's plus what completes now (booked in spaceCompleted when started), and
  // leavers: workers leave at the attrition rate; certified and graduate staff leave at the same rate.
  const rate = run.scenario.plan.hiring.attritionRate;
  const withCommittee = params['staffing.countCommitteeMembers']?.[y] === 1;
  const qualified = !run.unread.qualifications;
  // Under a district quota placePool writes the communities' gaps, so leave works out only the stations'.
  const gapsFrom = pool === null ? 0 : nc;
  const spaceBefore = last === null ? base.space : yearOf(series.space, last, n);
  leave(now, last === null ? baseStaff(now, base, n, qualified) : lastYear(series, last, n), spaceBefore, run.pending, run.carry, rate, run.gap, withCommittee ? entities.committee : null, nc, gapsFrom, qualified);
  const quota = yearOf(run.quotas, y, nd);
  for (let d = 0; d < nd; d++) quota[d] = byDistrict ? districtQuota(shareSums[d]) : 0;
  if (pool === null) return;
  // Shares of a district quota are kept in 64-bit floats (wholeCounts.ts requiredFit).
  placePool(pool, entities.district, now.staffRequired.subarray(0, nc) as Float64Array, quota, now.inPost, withCommittee ? entities.committee : null, run.gap);
}

type Staff = Pick<Year, 'inPost' | 'certified' | 'bachelor'>;

const lastYear = (series: Series, last: number, n: number): Staff => ({
  inPost: yearOf(series.inPost, last, n),
  certified: yearOf(series.certified, last, n),
  bachelor: yearOf(series.bachelor, last, n),
});

/**
 * The base staff, copied into the first year's own arrays: leave reads each entity's figure before it
 * writes it, and reads arrays of one kind every year (the base's are 64-bit, a run's counts may be
 * 32-bit), so its loads stay monomorphic. The copy is exact: countsFit (wholeCounts.ts) narrows the
 * counts only when every base figure is a whole number in range. Qualifications no one reads are not copied.
 */
function baseStaff(now: Year, base: Flat['base'], n: number, qualified: boolean): Staff {
  copyCounts(now.inPost, base.inPost, n);
  if (!qualified) return now;
  copyCounts(now.certified, base.certified, n);
  copyCounts(now.bachelor, base.bachelor, n);
  return now;
}

/** from[0, n) into counts: a block copy between arrays of one kind; into 32-bit counts a loop, which V8's optimised code runs faster than set's conversion of each element in its runtime. */
function copyCounts(counts: Counts, from: Float64Array, n: number): void {
  if (counts instanceof Float64Array) counts.set(from.subarray(0, n));
  else for (let e = 0; e < n; e++) counts[e] = from[e];
}

function growHouseholds(households: Counts, base: Flat['base'], k: number, nc: number): void {
  const { households: h0, growth, dwellings } = base;
  // an imported binding read once: read in the loop, it is a cell loaded and checked every pass
  const after = householdsAfter;
  for (let e = 0; e < nc; e++) households[e] = after(h0[e], growth[e], dwellings[e], k);
}

/** Streets and districts stand from the start and need their posts (CS2010-6a) and centres; they start the year with none of their communities' households (unless these wait to be made when read). */
function openStations({ nCommunities: nc, nStreets: ns, nEntities: n, entities }: Flat, now: Year, spaceRule: SpaceTable, streetPosts: (number | null)[]): void {
  const { established, households, residents, staffRequired, spaceRequired } = now;
  for (let e = nc; e < n; e++) {
    const isStreet = e < nc + ns;
    established[e] = 1;
    if (residents !== null) {
      households[e] = 0;
      residents[e] = 0;
    }
    staffRequired[e] = isStreet ? (streetPosts[entities.streetClass[e]] ?? 0) : 0;
    spaceRequired[e] = isStreet ? spaceRule.street : spaceRule.district;
  }
}

/**
 * Space in use: last year's plus what completes now. Then whole leavers at the rate, the fractions
 * carried to the next year; certified and graduate staff are those of last year less their own
 * leavers, and no more than the staff left (unless the run's reader reads no qualifications). Then the
 * gap of each standing entity from gapsFrom on: what it requires less its staff (and, in a community
 * where they count, committee members). One pass rather than two over the entities: in a fresh national
 * run, whose arrays come from memory rather than cache, it was about 14% faster (6.8 → 5.9 ms a run).
 */
function leave(
  now: Year,
  before: Staff,
  spaceBefore: Float64Array,
  pending: Float64Array,
  carry: Run['carry'],
  rate: number,
  gap: Float64Array,
  committee: Float64Array | null,
  nc: number,
  gapsFrom: number,
  qualified: boolean,
): void {
  const { space, spaceCompleted, leavers, inPost, certified, bachelor, established, staffRequired } = now;
  const { leave: carryLeave, certLeave, bachLeave } = carry;
  const prevInPost = before.inPost;
  const prevCertified = before.certified;
  const prevBachelor = before.bachelor;
  // The parameters as plain numbers: read in the loop, each was tested for its type every entity.
  const r = rate * 1;
  const q = qualified ? 1 : 0;
  const from = gapsFrom | 0;
  const n = inPost.length;
  for (let e = 0; e < n; e++) {
    const done = spaceCompleted[e];
    pending[e] -= done;
    space[e] = spaceBefore[e] + done;
    const prev = prevInPost[e];
    const left = Math.min(prev, takeWhole(carryLeave, e, prev * r));
    if (leavers !== null) leavers[e] = left;
    const staying = prev - left;
    inPost[e] = staying;
    if (q === 1) {
      const prevCert = prevCertified[e];
      certified[e] = Math.min(staying, prevCert - Math.min(prevCert, takeWhole(certLeave, e, prevCert * r)));
      const prevBach = prevBachelor[e];
      bachelor[e] = Math.min(staying, prevBach - Math.min(prevBach, takeWhole(bachLeave, e, prevBach * r)));
    }
    if (e < from) continue;
    const counted = staying + (committee !== null && e < nc ? committee[e] : 0);
    gap[e] = established[e] === 1 ? positivePart(staffRequired[e] - counted) : 0;
  }
}
