/**
 * The year's opening, for every entity: households and establishment, what the rules require, the
 * space completed and the staff who leave. Each of these reads what the one before it wrote for the
 * same entity (households, establishment, requirements), and none reads another entity's figures of
 * the year. Only what needs the whole city waits for them: the district quotas and, under them,
 * placing each district's gap (pooledHires.ts).
 *
 * Each pass over the entities is a function of its own that is handed its arrays, cut to the year
 * (index e is entity e), and last year's (base figures in the first year): a national city runs each
 * pass over 120,000 entities, and a loop that reads its arrays from a closure or tests the year for
 * every entity runs several times slower.
 */
import { KIND_CODE, type Flat } from '../flatten';
import type { Run } from '../runState';
import { districtQuota, quotaLevelIn } from '../staffQuota';
import { householdsAfter } from './population';
import { placeDistrictGaps } from './pooledHires';
import { spaceRequiredFor, spaceTable, staffTable, workerShare, workersRequired, type SpaceTable } from './requirements';
import { spaceRuleIn, staffRuleIn } from './requirementTerms';
import { takeWhole } from './staffing';

const URBAN_NEW = KIND_CODE.urbanNew;
const RURAL = KIND_CODE.rural;

/** The figures of one year, each cut to the year's entities. */
type Year = Record<'households' | 'residents' | 'established' | 'staffRequired' | 'spaceRequired' | 'space' | 'spaceCompleted' | 'inPost' | 'leavers' | 'certified' | 'bachelor', Float64Array>;

export function openYear(run: Run, y: number): void {
  const { flat, series, years, baseYear, params } = run;
  const { nCommunities: nc, nDistricts: nd, nEntities: n, entities, base } = flat;
  const o = y * n;
  const cut = (a: Float64Array, from: number) => a.subarray(from, from + n);
  const now: Year = {
    households: cut(series.households, o),
    residents: cut(series.residents, o),
    established: cut(series.established, o),
    staffRequired: cut(series.staffRequired, o),
    spaceRequired: cut(series.spaceRequired, o),
    space: cut(series.space, o),
    spaceCompleted: cut(series.spaceCompleted, o),
    inPost: cut(series.inPost, o),
    leavers: cut(series.leavers, o),
    certified: cut(series.certified, o),
    bachelor: cut(series.bachelor, o),
  };
  const last = y === 0 ? null : o - n;
  // Households: the building programme of lead years before already worked them out for its aim.
  const k = years[y] - baseYear;
  if (run.scratch.householdsAhead === k) now.households.set(run.scratch.households.subarray(0, nc));
  else growHouseholds(now.households, base, k, nc);
  // GOV2020-2b: a new estate gets its own committee once occupancy reaches the threshold, and keeps it.
  const occupancy = params['community.establishOccupancy']?.[y] ?? null;
  establish(now.established, last === null ? null : series.established.subarray(last, last + nc), now.households, entities.kind, base.dwellings, occupancy ?? 0, occupancy !== null, nc);
  // The rules in force, read once (requirements.ts).
  const byDistrict = quotaLevelIn(params, y) === 'district';
  const { ratio, minimum } = staffTable(staffRuleIn(params, run.districtParams, y), nd);
  const spaceRule = spaceTable(spaceRuleIn(params, y));
  const streetPosts = [0, params['staffing.streetPostsClass1']?.[y] ?? null, params['staffing.streetPostsClass2']?.[y] ?? null, params['staffing.streetPostsClass3']?.[y] ?? null];
  openStations(flat, now, spaceRule, streetPosts);
  residentsAndTotals(flat, now);
  const shareSums = new Float64Array(nd);
  required(flat, now, ratio, minimum, spaceRule, byDistrict, shareSums);
  // Space in use: last year's plus what completes now (booked in spaceCompleted when started).
  complete(now.space, last === null ? base.space : series.space.subarray(last, last + n), now.spaceCompleted, run.pending, n);
  // Leavers: workers leave at the attrition rate; certified and graduate staff leave at the same rate.
  const rate = run.scenario.plan.hiring.attritionRate;
  const withCommittee = params['staffing.countCommitteeMembers']?.[y] === 1;
  const before = last === null ? base : { inPost: series.inPost.subarray(last, last + n), certified: series.certified.subarray(last, last + n), bachelor: series.bachelor.subarray(last, last + n) };
  leave(now, before.inPost, run.carry.leave, rate, n);
  stayQualified(now.certified, now.inPost, before.certified, run.carry.certLeave, rate, n);
  stayQualified(now.bachelor, now.inPost, before.bachelor, run.carry.bachLeave, rate, n);
  gapsAfterLeavers(run.gap, now, withCommittee ? entities.committee : null, nc, n);
  const quota = series.staffQuota.subarray(o + n - nd, o + n);
  for (let d = 0; d < nd; d++) quota[d] = byDistrict ? districtQuota(shareSums[d]) : 0;
  if (!byDistrict) return;
  placeDistrictGaps(nd, entities.district, now.staffRequired.subarray(0, nc), now.established.subarray(0, nc), quota, now.inPost, withCommittee ? entities.committee : null, run.gap);
}

function growHouseholds(households: Float64Array, base: Flat['base'], k: number, nc: number): void {
  const { households: h0, growth, dwellings } = base;
  for (let e = 0; e < nc; e++) households[e] = householdsAfter(h0[e], growth[e], dwellings[e], k);
}

/** A community stands unless it is a new estate still below the occupancy threshold; once standing it stays. */
function establish(
  established: Float64Array,
  before: Float64Array | null,
  households: Float64Array,
  kind: Uint8Array,
  dwellings: Float64Array,
  occupancy: number,
  withOccupancy: boolean,
  nc: number,
): void {
  for (let e = 0; e < nc; e++) {
    const waits = kind[e] === URBAN_NEW && withOccupancy && Number.isFinite(dwellings[e]);
    const wasEstablished = before !== null && before[e] === 1;
    established[e] = !waits || wasEstablished || households[e] >= occupancy * dwellings[e] ? 1 : 0;
  }
}

/** Streets and districts stand from the start and need their posts (CS2010-6a) and centres; they start the year with none of their communities' households. */
function openStations({ nCommunities: nc, nStreets: ns, nEntities: n, entities }: Flat, now: Year, spaceRule: SpaceTable, streetPosts: (number | null)[]): void {
  const { established, households, residents, staffRequired, spaceRequired } = now;
  for (let e = nc; e < n; e++) {
    const isStreet = e < nc + ns;
    established[e] = 1;
    households[e] = 0;
    residents[e] = 0;
    staffRequired[e] = isStreet ? (streetPosts[entities.streetClass[e]] ?? 0) : 0;
    spaceRequired[e] = isStreet ? spaceRule.street : spaceRule.district;
  }
}

/** Residents grow with households; streets and districts show the households and residents of their communities, added in the communities' order. */
function residentsAndTotals({ nCommunities: nc, nStreets: ns, entities, base }: Flat, now: Year): void {
  const { households, residents } = now;
  const { street, district } = entities;
  const h0 = base.households;
  const r0 = base.residents;
  const firstDistrict = nc + ns;
  for (let e = 0; e < nc; e++) {
    const h = households[e];
    const r = h0[e] > 0 ? Math.round((r0[e] * h) / h0[e]) : r0[e];
    residents[e] = r;
    const s = street[e];
    const d = firstDistrict + district[e];
    households[s] += h;
    households[d] += h;
    residents[s] += r;
    residents[d] += r;
  }
}

/** What the rules require of each community standing: workers (its share under a district quota) and floor space. */
function required(
  { nCommunities: nc, nDistricts: nd, entities }: Flat,
  now: Year,
  ratio: Float64Array,
  minimum: Float64Array,
  spaceRule: SpaceTable,
  byDistrict: boolean,
  shareSums: Float64Array,
): void {
  const { households, established, staffRequired, spaceRequired } = now;
  const { kind, district } = entities;
  const { minimum: spaceMinimum, perHundred, supermarket } = spaceRule;
  for (let e = 0; e < nc; e++) {
    if (established[e] === 0) {
      staffRequired[e] = 0;
      spaceRequired[e] = 0;
      continue;
    }
    const h = households[e];
    const kd = kind[e];
    const r = kd === RURAL ? 1 : 0;
    const d = district[e];
    const perWorker = ratio[r * nd + d];
    if (byDistrict) {
      const share = workerShare(h, perWorker, minimum[r]);
      staffRequired[e] = share;
      shareSums[d] += share;
    } else staffRequired[e] = workersRequired(h, perWorker, minimum[r]);
    spaceRequired[e] = spaceRequiredFor(h, spaceMinimum[kd], perHundred[kd]) + supermarket;
  }
}

function complete(space: Float64Array, before: Float64Array, completed: Float64Array, pending: Float64Array, n: number): void {
  for (let e = 0; e < n; e++) {
    const done = completed[e];
    pending[e] -= done;
    space[e] = before[e] + done;
  }
}

/** Whole leavers at the rate, the fractions carried to the next year. */
function leave(now: Year, before: Float64Array, carry: Float64Array, rate: number, n: number): void {
  const { leavers, inPost } = now;
  for (let e = 0; e < n; e++) {
    const prev = before[e];
    const left = Math.min(prev, takeWhole(carry, e, prev * rate));
    leavers[e] = left;
    inPost[e] = prev - left;
  }
}

/** Certified or graduate staff: those of last year less their leavers, and no more than the staff left. */
function stayQualified(out: Float64Array, inPost: Float64Array, before: Float64Array, carry: Float64Array, rate: number, n: number): void {
  for (let e = 0; e < n; e++) {
    const prev = before[e];
    out[e] = Math.min(inPost[e], prev - Math.min(prev, takeWhole(carry, e, prev * rate)));
  }
}

/** Each standing entity's gap: what it requires less its staff (and, where they count, committee members). */
function gapsAfterLeavers(gap: Float64Array, now: Year, committee: Float64Array | null, nc: number, n: number): void {
  const { established, staffRequired, inPost } = now;
  for (let e = 0; e < nc; e++) {
    gap[e] = established[e] === 1 ? Math.max(0, staffRequired[e] - (inPost[e] + (committee === null ? 0 : committee[e]))) : 0;
  }
  for (let e = nc; e < n; e++) gap[e] = established[e] === 1 ? Math.max(0, staffRequired[e] - inPost[e]) : 0;
}
