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
 * Hire into the gaps in proportion to each gap. Street stations share the city's recruitment capacity;
 * their posts are establishment posts filled first, so only community hires wait for money, and
 * affordable says how many of them the money left after the stations' hires pays for.
 * Returns the community hires that capacity allowed and those made, and where money cut them, each
 * community's hires as capacity allowed them (so the caller can cost the hires that wait).
 */
export function stepHiring(run: Run, y: number, affordable: (hires: Float64Array) => number): { wanted: number; hired: number; claims?: Float64Array } {
  const { flat, series, carry, gap } = run;
  const { nEntities: n, nCommunities: nc } = flat;
  const o = y * n;
  const { capacityPerYear, certifiedShare } = run.scenario.plan.hiring;
  // YX2008-5b: new hires generally hold a bachelor's degree, whatever share the plan assumes.
  const bachelorShare = Math.max(run.scenario.plan.hiring.bachelorShare, run.params['staffing.bachelorShareOfHires']?.[y] ?? 0);
  const hires = series.hires.subarray(o, o + n);
  let demand = 0;
  for (let e = 0; e < n; e++) demand += gap[e];
  allocateWhole(gap, Math.min(demand, capacityPerYear), hires);
  let communityHires = 0;
  for (let e = 0; e < nc; e++) communityHires += hires[e];
  const wanted = communityHires;
  const affordableCommunityHires = affordable(hires);
  let allowed = Math.floor(affordableCommunityHires + 1e-9);
  const moneyBinds = communityHires > allowed;
  // Capacity's allocation, kept in the run's claims scratch: the caller reads it before building uses it again.
  const claims = moneyBinds ? run.scratch.claims.subarray(0, nc) : undefined;
  if (claims) {
    claims.set(hires.subarray(0, nc));
    // Hires of differently paid kinds: a smaller allocation may mix them differently, so check it still fits.
    for (;;) {
      allocateWhole(claims, allowed, hires.subarray(0, nc));
      const fits = Math.floor(affordable(hires) + 1e-9);
      if (fits >= allowed) break;
      allowed = fits;
    }
    communityHires = allowed;
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
    affordable: Number.isFinite(affordableCommunityHires) ? allowed : Infinity,
    hired,
    limitedBy: moneyBinds ? 'budget' : capacityBinds ? 'capacity' : 'none',
    shortBy: 0,
  });
  return { wanted, hired: communityHires, ...(claims && { claims }) };
}

/** Take the whole part of x plus what was carried, and carry the rest. */
export function takeWhole(carry: Float64Array, e: number, x: number): number {
  const total = carry[e] + x;
  const whole = Math.floor(total + 1e-9);
  carry[e] = total - whole;
  return whole;
}
