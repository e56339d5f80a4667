/**
 * The year's opening, one entity at a time: households and establishment, what the rules require,
 * the space completed and the staff who leave. Each of these reads what the one before it wrote for
 * the same entity (households, establishment, requirements), and none reads another entity's figures
 * of the year, so one pass over the city gives every figure four passes would, while each entity's
 * inputs are read from memory once. Only what needs the whole city waits for the pass: the district
 * quotas and, under them, placing each district's gap (pooledHires.ts).
 */
import { KIND_CODE } from '../flatten';
import type { Run } from '../runState';
import { districtQuota, quotaLevelIn } from '../staffQuota';
import { householdsAfter } from './population';
import { placeDistrictGaps } from './pooledHires';
import { spaceRequiredFor, spaceTable, staffTable, workerShare, workersRequired } from './requirements';
import { spaceRuleIn, staffRuleIn } from './requirementTerms';
import { takeWhole } from './staffing';

const URBAN_NEW = KIND_CODE.urbanNew;
const RURAL = KIND_CODE.rural;

export function openYear(run: Run, y: number): void {
  const { flat, series, years, baseYear, carry, gap, pending, params } = run;
  const { nCommunities: nc, nStreets: ns, nDistricts: nd, nEntities: n, entities, base } = flat;
  const { kind, street, district, streetClass, committee } = entities;
  const { households, residents, established, staffRequired, staffQuota, spaceRequired, space, spaceCompleted, inPost, leavers, certified, bachelor } = series;
  const o = y * n;
  // Households: the building programme of lead years before already worked them out for its aim.
  const k = years[y] - baseYear;
  const ahead = run.scratch.householdsAhead === k ? run.scratch.households : null;
  // GOV2020-2b: a new estate gets its own committee once occupancy reaches the threshold, and keeps it.
  const occupancy = params['community.establishOccupancy']?.[y] ?? null;
  // The rules in force, read once (requirements.ts).
  const byDistrict = quotaLevelIn(params, y) === 'district';
  const { ratio, minimum } = staffTable(staffRuleIn(params, run.districtParams, y), nd);
  const spaceRule = spaceTable(spaceRuleIn(params, y));
  const streetPosts = [0, params['staffing.streetPostsClass1']?.[y] ?? null, params['staffing.streetPostsClass2']?.[y] ?? null, params['staffing.streetPostsClass3']?.[y] ?? null];
  const shareSums = new Float64Array(nd);
  // Leavers: workers leave at the attrition rate; certified and graduate staff leave at the same rate.
  const rate = run.scenario.plan.hiring.attritionRate;
  const withCommittee = params['staffing.countCommitteeMembers']?.[y] === 1;
  const leave = (e: number, i: number, counted: number) => {
    const prev = y === 0 ? base.inPost[e] : inPost[i - n];
    const prevCert = y === 0 ? base.certified[e] : certified[i - n];
    const prevBach = y === 0 ? base.bachelor[e] : bachelor[i - n];
    const left = Math.min(prev, takeWhole(carry.leave, e, prev * rate));
    leavers[i] = left;
    inPost[i] = prev - left;
    certified[i] = Math.min(inPost[i], prevCert - Math.min(prevCert, takeWhole(carry.certLeave, e, prevCert * rate)));
    bachelor[i] = Math.min(inPost[i], prevBach - Math.min(prevBach, takeWhole(carry.bachLeave, e, prevBach * rate)));
    gap[e] = established[i] === 1 ? Math.max(0, staffRequired[i] - (inPost[i] + counted)) : 0;
  };
  // Space in use: last year's plus what completes now (booked in spaceCompleted when started).
  const complete = (e: number, i: number) => {
    const done = spaceCompleted[i];
    pending[e] -= done;
    space[i] = (y === 0 ? base.space[e] : space[i - n]) + done;
  };
  // Streets and districts first: they stand from the start, and start the year with none of their communities' households.
  for (let e = nc; e < n; e++) {
    const i = o + e;
    established[i] = 1;
    households[i] = 0;
    residents[i] = 0;
    const isStreet = e < nc + ns;
    staffRequired[i] = isStreet ? (streetPosts[streetClass[e]] ?? 0) : 0; // CS2010-6a
    spaceRequired[i] = isStreet ? spaceRule.street : spaceRule.district;
    complete(e, i);
    leave(e, i, 0);
  }
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    const h = ahead ? ahead[e] : householdsAfter(base.households[e], base.growth[e], base.dwellings[e], k);
    households[i] = h;
    residents[i] = base.households[e] > 0 ? Math.round((base.residents[e] * h) / base.households[e]) : base.residents[e];
    const waits = kind[e] === URBAN_NEW && occupancy !== null && Number.isFinite(base.dwellings[e]);
    const wasEstablished = y > 0 && established[i - n] === 1;
    established[i] = !waits || wasEstablished || h >= occupancy * base.dwellings[e] ? 1 : 0;
    // Streets and districts show the households and residents of their communities.
    const s = o + street[e];
    const d = district[e];
    households[s] += h;
    households[o + nc + ns + d] += h;
    residents[s] += residents[i];
    residents[o + nc + ns + d] += residents[i];
    if (established[i] === 0) {
      staffRequired[i] = 0;
      spaceRequired[i] = 0;
    } else {
      const r = kind[e] === RURAL ? 1 : 0;
      const perWorker = ratio[r * nd + d];
      staffRequired[i] = byDistrict ? workerShare(h, perWorker, minimum[r]) : workersRequired(h, perWorker, minimum[r]);
      if (byDistrict) shareSums[d] += staffRequired[i];
      spaceRequired[i] = spaceRequiredFor(h, spaceRule.minimum[kind[e]], spaceRule.perHundred[kind[e]]) + spaceRule.supermarket;
    }
    complete(e, i);
    leave(e, i, withCommittee ? committee[e] : 0);
  }
  const firstDistrict = o + nc + ns;
  for (let d = 0; d < nd; d++) staffQuota[firstDistrict + d] = byDistrict ? districtQuota(shareSums[d]) : 0;
  if (!byDistrict) return;
  placeDistrictGaps(
    nd,
    district,
    staffRequired.subarray(o, o + nc),
    established.subarray(o, o + nc),
    (d) => staffQuota[firstDistrict + d],
    (e) => inPost[o + e] + (withCommittee ? committee[e] : 0),
    gap,
  );
}
