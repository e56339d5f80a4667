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
import { atLeast } from '../atLeast';
import { KIND_CODE, type Flat } from '../flatten';
import { positivePart } from '../positivePart';
import type { Counts, Series, Values } from '../projection';
import type { Run } from '../runState';
import { districtQuota, quotaLevelIn } from '../staffQuota';
import { round } from '../round';
import { householdsAfter } from './population';
import { openPool, placePool, type Pool } from './pooledHires';
import { spaceTable, staffTable, type SpaceTable } from './requirements';
import { spaceRuleIn, staffRuleIn } from './requirementTerms';
import { takeWhole } from './staffing';

const URBAN_NEW = KIND_CODE.urbanNew;
const RURAL = KIND_CODE.rural;

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
  const o = y * n;
  const cut = <T extends Values>(a: T, from: number): T => a.subarray(from, from + n) as T;
  const now: Year = {
    households: cut(series.households, o),
    residents: run.populationLater ? null : cut(series.residents, o),
    established: cut(series.established, o),
    staffRequired: cut(series.staffRequired, o),
    spaceRequired: cut(series.spaceRequired, o),
    space: cut(series.space, o),
    spaceCompleted: cut(series.spaceCompleted, o),
    inPost: cut(series.inPost, o),
    leavers: run.leaversLater ? null : cut(series.leavers, o),
    certified: cut(series.certified, o),
    bachelor: cut(series.bachelor, o),
  };
  const last = y === 0 ? null : o - n;
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
  const wasEstablished = last === null ? null : series.established.subarray(last, last + nc);
  // The run's own array, last year's sums in it.
  shareSums.fill(0);
  const pool = byDistrict ? openPool(nc, nd) : null;
  const listed = required(flat, now, wasEstablished, occupancy ?? 0, occupancy !== null, { ratio, minimum, shareSums, pool }, spaceRule);
  if (pool !== null) pool.size = listed;
  // Space in use: last year's plus what completes now (booked in spaceCompleted when started).
  complete(now.space, last === null ? base.space : series.space.subarray(last, last + n), now.spaceCompleted, run.pending, n);
  // Leavers: workers leave at the attrition rate; certified and graduate staff leave at the same rate.
  const rate = run.scenario.plan.hiring.attritionRate;
  const withCommittee = params['staffing.countCommitteeMembers']?.[y] === 1;
  const qualified = !run.unread.qualifications;
  // Under a district quota placePool writes the communities' gaps, so leave works out only the stations'.
  const gapsFrom = pool === null ? 0 : nc;
  leave(now, last === null ? baseStaff(now, base, n, qualified) : lastYear(series, last, n), run.carry, rate, run.gap, withCommittee ? entities.committee : null, nc, gapsFrom, qualified);
  const quota = run.quotas.subarray(y * nd, (y + 1) * nd);
  for (let d = 0; d < nd; d++) quota[d] = byDistrict ? districtQuota(shareSums[d]) : 0;
  if (pool === null) return;
  // Shares of a district quota are kept in 64-bit floats (wholeCounts.ts requiredFit).
  placePool(pool, entities.district, now.staffRequired.subarray(0, nc) as Float64Array, quota, now.inPost, withCommittee ? entities.committee : null, run.gap);
}

type Staff = Pick<Year, 'inPost' | 'certified' | 'bachelor'>;

const lastYear = (series: Series, last: number, n: number): Staff => ({
  inPost: series.inPost.subarray(last, last + n),
  certified: series.certified.subarray(last, last + n),
  bachelor: series.bachelor.subarray(last, last + n),
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
  for (let e = 0; e < nc; e++) households[e] = householdsAfter(h0[e], growth[e], dwellings[e], k);
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

/** The staffing rule of the year: households per worker by class and district, each class's minimum, and whether a district quota sums the shares. */
interface StaffTerms {
  ratio: Float64Array;
  minimum: Float64Array;
  /** per district: its communities' shares, added here under a district quota */
  shareSums: Float64Array;
  /** under a district quota, its pool (pooledHires.ts), listed here; else null */
  pool: Pool | null;
}

/**
 * Residents grow with households, and streets and districts show the households and residents of
 * their communities, added in the communities' order (unless these wait to be made when read: no step
 * reads them, populationLater.ts). Then whether each community stands: unless it is
 * a new estate still below the occupancy threshold, and once standing it stays. Then what the rules
 * require of it: workers (its share under a district quota, listing the pool's members) and floor space.
 * One loop, so each community's households and district are read once.
 *
 * Whether a community waits for occupancy, and whether its households put it above a minimum, follow
 * its kind and size, which no branch can guess over a city whose estates and villages of every size lie
 * among its other communities: both are worked out without one (`+(a === b)` flags; atLeast.ts for
 * Math.max in workerShare, workersRequired and spaceRequiredFor, requirements.ts), to the bit. The pool's
 * size is returned for the caller to set: code after a long loop first runs in the loop's optimised
 * (on-stack) code, which then has no type feedback for it and is left there on every call.
 */
function required(
  { nCommunities: nc, nStreets: ns, nDistricts: nd, entities, base }: Flat,
  now: Year,
  wasEstablished: Uint8Array | null,
  occupancy: number,
  withOccupancy: boolean,
  { ratio, minimum, shareSums, pool }: StaffTerms,
  spaceRule: SpaceTable,
): number {
  const { households, residents, established, staffRequired, spaceRequired } = now;
  const { kind, district, street } = entities;
  const { dwellings, households: h0, residents: r0 } = base;
  const { minimum: spaceMinimum, perHundred, supermarket } = spaceRule;
  const firstDistrict = nc + ns;
  const byDistrict = pool !== null;
  const members = pool === null ? null : pool.members;
  const start = pool === null ? null : pool.start;
  const occ = withOccupancy ? 1 : 0;
  // As plain numbers: read in the loop, a parameter or property was tested for its type every community.
  const threshold = occupancy * 1;
  const extra = supermarket * 1;
  let size = 0;
  let sorted = true;
  // The district's running sum and count are kept in locals while its communities come one after
  // another: added to in memory, each community's addition waited for the last one's store.
  let at = 0;
  let sum = shareSums[0];
  let count = 0;
  for (let e = 0, lastDistrict = 0; e < nc; e++) {
    const h = households[e];
    const d = district[e];
    if (residents !== null) {
      const r = h0[e] > 0 ? round((r0[e] * h) / h0[e]) : r0[e];
      residents[e] = r;
      const s = street[e];
      households[s] += h;
      households[firstDistrict + d] += h;
      residents[s] += r;
      residents[firstDistrict + d] += r;
    }
    const kd = kind[e];
    const dw = dwellings[e];
    const waits = +(kd === URBAN_NEW) & occ & +(Math.abs(dw) < Infinity);
    const stands = (waits ^ 1) | (wasEstablished !== null ? wasEstablished[e] : 0) | +(h >= threshold * dw);
    established[e] = stands;
    if (stands === 0) {
      staffRequired[e] = 0;
      spaceRequired[e] = 0;
      continue;
    }
    const rural = kd === RURAL ? 1 : 0;
    const perWorker = ratio[rural * nd + d];
    if (byDistrict) {
      const share = atLeast(perWorker <= 0 ? 0 : h / perWorker, minimum[rural]);
      staffRequired[e] = share;
      if (d !== at) {
        shareSums[at] = sum;
        start![at + 1] += count;
        at = d;
        sum = shareSums[d];
        count = 0;
      }
      sum += share;
      // inPool (staffQuota.ts): standing, with a share
      if (share > 0) {
        if (d < lastDistrict) sorted = false;
        lastDistrict = d;
        members![size++] = e;
        count++;
      }
    } else staffRequired[e] = atLeast(Math.ceil(positivePart(perWorker <= 0 ? 0 : h / perWorker) - 1e-9), minimum[rural]);
    spaceRequired[e] = atLeast((perHundred[kd] * h) / 100, spaceMinimum[kd]) + extra;
  }
  if (byDistrict) {
    shareSums[at] = sum;
    start![at + 1] += count;
  }
  return sorted ? size : -1;
}

/** Space in use: last year's plus what completes now. */
function complete(space: Float64Array, before: Float64Array, completed: Float64Array, pending: Float64Array, n: number): void {
  for (let e = 0; e < n; e++) {
    const done = completed[e];
    pending[e] -= done;
    space[e] = before[e] + done;
  }
}

/**
 * Whole leavers at the rate, the fractions carried to the next year; certified and graduate staff are
 * those of last year less their own leavers, and no more than the staff left (unless the run's reader
 * reads no qualifications). Then the gap of each standing entity from gapsFrom on: what it requires less
 * its staff (and, in a community where they count, committee members).
 */
function leave(
  now: Year,
  before: Staff,
  carry: Run['carry'],
  rate: number,
  gap: Float64Array,
  committee: Float64Array | null,
  nc: number,
  gapsFrom: number,
  qualified: boolean,
): void {
  const { leavers, inPost, certified, bachelor, established, staffRequired } = now;
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
