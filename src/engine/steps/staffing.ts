/** Leavers, then hiring into the gaps, bounded by recruitment capacity and by money. */
import { allocateWhole } from '../allocate';
import { LEVEL } from '../projection';
import type { Run } from '../runState';
import { quotaLevelIn } from '../staffQuota';
import { placeDistrictGaps } from './pooledHires';

// Read once: a property lookup per entity adds up over a national sweep.
const COMMUNITY = LEVEL.community;

/**
 * Workers leave at the attrition rate; certified and graduate staff leave at the same rate. Fills
 * run.gap: per community, or, under a district quota, the district's gap placed in its communities.
 */
export function stepLeavers(run: Run, y: number): void {
  const { flat, series, carry, gap } = run;
  const { nEntities: n, base, entities } = flat;
  const o = y * n;
  const rate = run.scenario.plan.hiring.attritionRate;
  const withCommittee = run.params['staffing.countCommitteeMembers']?.[y] === 1;
  const { inPost, leavers, certified, bachelor, staffRequired, established } = series;
  for (let e = 0; e < n; e++) {
    const i = o + e;
    const prev = y === 0 ? base.inPost[e] : inPost[i - n];
    const prevCert = y === 0 ? base.certified[e] : certified[i - n];
    const prevBach = y === 0 ? base.bachelor[e] : bachelor[i - n];
    const left = Math.min(prev, takeWhole(carry.leave, e, prev * rate));
    leavers[i] = left;
    inPost[i] = prev - left;
    certified[i] = Math.min(inPost[i], prevCert - Math.min(prevCert, takeWhole(carry.certLeave, e, prevCert * rate)));
    bachelor[i] = Math.min(inPost[i], prevBach - Math.min(prevBach, takeWhole(carry.bachLeave, e, prevBach * rate)));
    const counted = inPost[i] + (withCommittee && entities.level[e] === COMMUNITY ? entities.committee[e] : 0);
    gap[e] = established[i] === 1 ? Math.max(0, staffRequired[i] - counted) : 0;
  }
  if (quotaLevelIn(run.params, y) === 'district') {
    const nc = flat.nCommunities;
    const firstDistrict = o + nc + flat.nStreets;
    placeDistrictGaps(
      flat.nDistricts,
      entities.district,
      staffRequired.subarray(o, o + nc),
      established.subarray(o, o + nc),
      (d) => series.staffQuota[firstDistrict + d],
      (e) => inPost[o + e] + (withCommittee ? entities.committee[e] : 0),
      gap,
    );
  }
}

/**
 * Hire into the gaps in proportion to each gap. Street stations share the city's recruitment capacity
 * but are paid from the street's own establishment, so only community hires are bounded by money.
 * Returns the community hires that capacity allowed and those made.
 */
export function stepHiring(run: Run, y: number, affordableCommunityHires: number): { wanted: number; hired: number } {
  const { flat, series, carry, gap } = run;
  const { nEntities: n, nCommunities: nc } = flat;
  const o = y * n;
  const { capacityPerYear, certifiedShare, bachelorShare } = run.scenario.plan.hiring;
  const hires = series.hires.subarray(o, o + n);
  let demand = 0;
  for (let e = 0; e < n; e++) demand += gap[e];
  allocateWhole(gap, Math.min(demand, capacityPerYear), hires);
  let communityHires = 0;
  for (let e = 0; e < nc; e++) communityHires += hires[e];
  const wanted = communityHires;
  const affordable = Math.floor(affordableCommunityHires + 1e-9);
  const moneyBinds = communityHires > affordable;
  if (moneyBinds) {
    const claims = hires.slice(0, nc);
    allocateWhole(claims, affordable, hires.subarray(0, nc));
    communityHires = affordable;
  }
  let hired = 0;
  for (let e = 0; e < n; e++) {
    const i = o + e;
    const h = hires[e];
    hired += h;
    if (h === 0) continue;
    series.inPost[i] += h;
    series.certified[i] += Math.min(h, takeWhole(carry.certHire, e, h * certifiedShare));
    series.bachelor[i] += Math.min(h, takeWhole(carry.bachHire, e, h * bachelorShare));
  }
  const capacityBinds = demand > capacityPerYear;
  run.hiring.push({
    demand,
    capacity: capacityPerYear,
    affordable: Number.isFinite(affordableCommunityHires) ? affordable : Infinity,
    hired,
    limitedBy: moneyBinds ? 'budget' : capacityBinds ? 'capacity' : 'none',
    shortBy: 0,
  });
  return { wanted, hired: communityHires };
}

/** Take the whole part of x plus what was carried, and carry the rest. */
export function takeWhole(carry: Float64Array, e: number, x: number): number {
  const total = carry[e] + x;
  const whole = Math.floor(total + 1e-9);
  carry[e] = total - whole;
  return whole;
}
