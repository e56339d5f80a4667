/** Hiring into the gaps left after leavers (openYear.ts), bounded by recruitment capacity and by money. */
import { allocateWhole } from '../allocate';
import { CHUNK } from '../chunk';
import type { Counts } from '../projection';
import type { Run } from '../runState';
import { yearOf } from '../yearViews';

/**
 * Hire into the gaps in proportion to each gap. Street stations share the city's recruitment capacity;
 * their posts are establishment posts filled first, so only community hires wait for money, and
 * affordable says how many of them the money left after the stations' hires pays for (costing the
 * communities listed in its places, the only ones that can hire).
 * Returns the community hires that capacity allowed and those made, the places with a gap (by entity
 * index: no other place hires, so later passes over the hires visit these alone), and where money cut
 * them, each community's hires as capacity allowed them (so the caller can cost the hires that wait).
 */
export function stepHiring(
  run: Run,
  y: number,
  affordable: (hires: Counts, places: Int32Array) => number,
): { wanted: number; hired: number; places: Int32Array; claims?: Float64Array } {
  const { flat, series, gap } = run;
  const { nEntities: n, nCommunities: nc } = flat;
  const { capacityPerYear } = run.scenario.plan.hiring;
  const hires = yearOf(series.hires, y, n);
  // The communities' gaps are added first, in the order of the city's, so when capacity covers them all
  // that sum is already the community hires.
  const list = placesScratch(n);
  const sums = new Float64Array(2);
  const inCommunities = gapsIn(gap, 0, nc, list, 0, sums);
  const communityGaps = sums[0];
  const count = gapsIn(gap, nc, n, list, inCommunities, sums);
  const demand = sums[0];
  const places = list.subarray(0, count);
  const communities = list.subarray(0, inCommunities);
  allocateWhole(gap, places, Math.min(demand, capacityPerYear), hires, demand);
  let communityHires = communityGaps;
  if (demand > capacityPerYear) communityHires = hiresAt(hires, communities, sums);
  const wanted = communityHires;
  const affordableCommunityHires = affordable(hires, communities);
  let allowed = Math.floor(affordableCommunityHires + 1e-9);
  const moneyBinds = communityHires > allowed;
  // Capacity's allocation, kept in the run's claims scratch: the caller reads it before building uses it again.
  const claims = moneyBinds ? run.scratch.claims.subarray(0, nc) : undefined;
  if (claims) {
    claims.set(hires.subarray(0, nc));
    // Hires of differently paid kinds: a smaller allocation may mix them differently, so check it still fits.
    for (;;) {
      allocateWhole(claims, communities, allowed, hires.subarray(0, nc));
      const fits = Math.floor(affordable(hires, communities) + 1e-9);
      if (fits >= allowed) break;
      allowed = fits;
    }
    communityHires = allowed;
  }
  const hired = takeHires(run, y, places);
  const capacityBinds = demand > capacityPerYear;
  run.hiring.push({
    demand,
    capacity: capacityPerYear,
    affordable: Number.isFinite(affordableCommunityHires) ? allowed : Infinity,
    hired,
    limitedBy: moneyBinds ? 'budget' : capacityBinds ? 'capacity' : 'none',
    shortBy: 0,
  });
  return { wanted, hired: communityHires, places, ...(claims && { claims }) };
}

/**
 * Lists the entities of [from, to) with a gap in list from position at, and adds their gaps to sums[0];
 * returns the position after the last listed. A place without a gap adds nothing and hires no one (gaps
 * are whole or finite shares of finite requirements, so no NaN carries into the places after it).
 * Without branches, as about half the communities have a gap, in no order a branch predictor follows:
 * each entity is written at the next place and kept only if it has a gap, and a gap of +0 (none is −0:
 * gaps are max(0, …) or placed workers) leaves a sum of gaps ≥ +0 as it was.
 */
function gapsIn(gap: Float64Array, from: number, to: number, list: Int32Array, at: number, sums: Float64Array): number {
  for (let e = from; e < to; e += CHUNK) at = gapsOf(gap, e, Math.min(to, e + CHUNK), list, at, sums);
  return at;
}

/** gapsIn over one chunk (chunk.ts). */
function gapsOf(gap: Float64Array, from: number, to: number, list: Int32Array, at: number, sums: Float64Array): number {
  let sum = sums[0];
  for (let e = from; e < to; e++) {
    const g = gap[e];
    sum += g;
    list[at] = e;
    at += +(g !== 0);
  }
  sums[0] = sum;
  return at;
}

/**
 * The hires at places, added in their order, carried in sums[1] from one chunk of places to the next
 * (chunk.ts): a loop in stepHiring kept the sum in memory, and left its on-stack code at the first
 * read after it, which had no type feedback. Not allocate.ts's sumAt: that one reads 64-bit claims, and
 * one loop over both kinds of array would be polymorphic in both hot paths.
 */
function hiresAt(hires: Counts, places: Int32Array, sums: Float64Array): number {
  sums[1] = 0;
  for (let j = 0; j < places.length; j += CHUNK) hiresOf(hires, places, j, Math.min(places.length, j + CHUNK), sums);
  return sums[1];
}

/** hiresAt over places[from, to). */
function hiresOf(hires: Counts, places: Int32Array, from: number, to: number, sums: Float64Array): void {
  let sum = sums[1];
  for (let j = from; j < to; j++) sum += hires[places[j]];
  sums[1] = sum;
}

/**
 * Books the year's hires into staff in post and, unless no one reads them (unread.ts), their
 * qualifications; returns how many were hired.
 */
function takeHires(run: Run, y: number, places: Int32Array): number {
  const { flat, series } = run;
  const o = y * flat.nEntities;
  const { certifiedShare } = run.scenario.plan.hiring;
  // YX2008-5b: new hires generally hold a bachelor's degree, whatever share the plan assumes.
  const bachelorShare = Math.max(run.scenario.plan.hiring.bachelorShare, run.params['staffing.bachelorShareOfHires']?.[y] ?? 0);
  const qualified = !run.unread.qualifications;
  const { hires, inPost } = series;
  // hired, carried from one chunk of places to the next (chunk.ts)
  const hired = new Float64Array(1);
  for (let j = 0; j < places.length; j += CHUNK) {
    const to = Math.min(places.length, j + CHUNK);
    if (qualified) takeQualified(run, o, places, j, to, hired, certifiedShare, bachelorShare);
    else takeInPost(hires, inPost, o, places, j, to, hired);
  }
  return hired[0];
}

/** The hires of places[from, to) booked into staff in post and added to hired[0]. */
function takeInPost(hires: Counts, inPost: Counts, o: number, places: Int32Array, from: number, to: number, hired: Float64Array): void {
  let sum = hired[0];
  for (let j = from; j < to; j++) {
    const i = o + places[j];
    const h = hires[i];
    sum += h;
    if (h !== 0) inPost[i] += h;
  }
  hired[0] = sum;
}

/** takeInPost with the hires' qualifications booked too, each share's remainder carried by place. */
function takeQualified(run: Run, o: number, places: Int32Array, from: number, to: number, hired: Float64Array, certifiedShare: number, bachelorShare: number): void {
  const { hires, inPost, certified, bachelor } = run.series;
  const { certHire, bachHire } = run.carry;
  let sum = hired[0];
  for (let j = from; j < to; j++) {
    const e = places[j];
    const i = o + e;
    const h = hires[i];
    sum += h;
    if (h === 0) continue;
    inPost[i] += h;
    certified[i] += Math.min(h, takeWhole(certHire, e, h * certifiedShare));
    bachelor[i] += Math.min(h, takeWhole(bachHire, e, h * bachelorShare));
  }
  hired[0] = sum;
}

/** The places with a gap, kept from one call to the next: fresh each year they would be new pages to fault in. */
let placeList = new Int32Array(0);

function placesScratch(n: number): Int32Array {
  if (placeList.length < n) placeList = new Int32Array(n);
  return placeList;
}

/** Take the whole part of x plus what was carried, and carry the rest. */
export function takeWhole(carry: Float64Array, e: number, x: number): number {
  const total = carry[e] + x;
  const whole = Math.floor(total + 1e-9);
  carry[e] = total - whole;
  return whole;
}
