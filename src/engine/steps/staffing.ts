/** Hiring into the gaps left after leavers (openYear.ts), bounded by recruitment capacity and by money. */
import { allocateWhole } from '../allocate';
import type { Run } from '../runState';
import type { Counts } from '../projection';

/**
 * Hire into the gaps in proportion to each gap. Street stations share the city's recruitment capacity;
 * their posts are establishment posts filled first, so only community hires wait for money, and
 * affordable says how many of them the money left after the stations' hires pays for.
 * Returns the community hires that capacity allowed and those made, and where money cut them, each
 * community's hires as capacity allowed them (so the caller can cost the hires that wait).
 */
export function stepHiring(run: Run, y: number, affordable: (hires: Counts) => number): { wanted: number; hired: number; claims?: Float64Array } {
  const { flat, series, carry, gap } = run;
  const { nEntities: n, nCommunities: nc } = flat;
  const o = y * n;
  const { capacityPerYear, certifiedShare } = run.scenario.plan.hiring;
  // YX2008-5b: new hires generally hold a bachelor's degree, whatever share the plan assumes.
  const bachelorShare = Math.max(run.scenario.plan.hiring.bachelorShare, run.params['staffing.bachelorShareOfHires']?.[y] ?? 0);
  const hires = series.hires.subarray(o, o + n);
  // The communities' gaps are added first, in the order of the city's, so when capacity covers them all
  // that sum is already the community hires.
  let demand = 0;
  for (let e = 0; e < nc; e++) demand += gap[e];
  const communityGaps = demand;
  for (let e = nc; e < n; e++) demand += gap[e];
  allocateWhole(gap, Math.min(demand, capacityPerYear), hires, demand);
  let communityHires = communityGaps;
  if (demand > capacityPerYear) {
    communityHires = 0;
    for (let e = 0; e < nc; e++) communityHires += hires[e];
  }
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
