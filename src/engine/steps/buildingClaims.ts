/**
 * The automatic building programme's gaps (building.ts): each place's floor space missing when a start
 * made this year would complete, and the list of the places with one.
 */
import { positivePart as positivePartExported } from '../positivePart';
import { CHUNK } from '../chunk';
import type { Counts, Series } from '../projection';
import type { Run } from '../runState';
import { factorsAhead, householdsAt as householdsAtExported } from './growthFactors';
import { spaceNeeded, spaceTable, type SpaceTable } from './requirements';
import { spaceRuleIn } from './requirementTerms';

// Module constants: an imported binding is read through its module cell, which optimised code tests
// (set yet? the same function?) at each call in the loop, every place.
const positivePart = positivePartExported;
const householdsAt = householdsAtExported;

/** The places with a gap, kept from one call to the next like the building order's arrays. */
let placeList = new Int32Array(0);

export function placesScratch(n: number): Int32Array {
  if (placeList.length < n) placeList = new Int32Array(n);
  return placeList;
}

/**
 * The places with a gap at completion (a NaN gap counted as one) into places, by entity index, and
 * their gaps into claims at the same positions: the order and the starts then read the gaps in list
 * order, not scattered by entity. Returns their number, adds their gaps to acc[0] and keeps the
 * largest in acc[3] (from 0, a NaN gap passed over). Whether a place has a gap follows no
 * pattern a branch could guess, so each place is written at position count and kept by counting it
 * only with a gap; one without adds its +0 to acc[0], which leaves the sum (from +0, never −0) as it
 * was. A position is never past its entity's index, so a gap overwrites only households the pass has
 * read. Every community's households that year go straight into the series, where the year's opening
 * (openYear.ts) finds them: the programme runs every year from its first on, with the same lead time,
 * so from the first year it writes on, every year's are written before that year opens.
 * Communities come first in a flat city, then streets and districts, each set its own loop.
 */
export function claimsOf(run: Run, y: number, places: Int32Array, acc: Float64Array): number {
  const { years, flat } = run;
  const lead = run.scenario.plan.building.leadTimeYears;
  const rule = spaceTable(spaceRuleIn(run.params, Math.min(y + lead, years.length - 1)));
  const ahead = years[y] + lead - run.baseYear;
  // The households of year y + lead, that year's row of the series (years are consecutive).
  const row = y + lead;
  const { nEntities: n, nCommunities: nc } = flat;
  if (row < years.length && run.scratch.householdsFrom < 0) run.scratch.householdsFrom = ahead;
  const households = row < years.length ? run.series.households.subarray(row * n, row * n + nc) : beyondHorizon(run.series.households, nc);
  const count = communityClaims(run, y, rule, ahead, households, places, acc);
  return centreClaims(run, y, rule, flat.nCommunities, count, places, acc);
}

/**
 * claimsOf for the communities: spaceNeeded's community terms read straight from the rule's table, each
 * community's households worked out first from its growth factor (householdsAhead).
 */
function communityClaims(run: Run, y: number, rule: SpaceTable, ahead: number, households: Counts, places: Int32Array, acc: Float64Array): number {
  const { flat, series, pending } = run;
  const { nCommunities: nc, nEntities: n, entities, base } = flat;
  const { households: h0, growth, dwellings } = base;
  const aimPer = run.scenario.plan.building.aimPerHundredHouseholds;
  // The parameters as plain numbers: read in the loop, each was tested for its type every community.
  const aims = aimPer === undefined ? 0 : 1;
  const per = aimPer === undefined ? 0 : aimPer * 1;
  const claims = run.scratch.claims;
  const { factors, last } = factorsAhead(run, y, ahead);
  householdsAhead(h0, growth, dwellings, factors, last, claims, households, nc);
  // CHUNK communities a call (chunk.ts): run once a year over the whole city, the loop was compiled while it ran,
  // before the stores after it had ever run, and that code could drop back to the interpreter at them on every call.
  let count = 0;
  for (let e = 0; e < nc; e += CHUNK) count = chunkClaims(y * n, e, Math.min(nc, e + CHUNK), count, series, entities.kind, pending, rule, aims, per, claims, places, acc);
  return count;
}

/**
 * communityClaims over communities [from, to), listing from position count; returns the count after.
 * The sum and the largest gap are taken from acc and put back, and carried in locals between: in acc's
 * cells, each addition waited on the store before it.
 */
function chunkClaims(
  o: number,
  from: number,
  to: number,
  count: number,
  { established, spaceRequired, space }: Series,
  kind: Uint8Array,
  pending: Float64Array,
  rule: SpaceTable,
  aims: number,
  per: number,
  claims: Float64Array,
  places: Int32Array,
  acc: Float64Array,
): number {
  const { minimum, perHundred } = rule;
  const supermarket = rule.supermarket * 1;
  let sum = acc[0];
  let largest = acc[3];
  for (let e = from; e < to; e++) {
    const i = o + e;
    const h = claims[e];
    if (established[i] === 0) continue;
    const k = kind[e];
    let aim = Math.max(spaceRequired[i], Math.max(minimum[k], (perHundred[k] * h) / 100) + supermarket);
    if (aims === 1) aim = Math.max(aim, (per * h) / 100);
    const want = positivePart(aim - space[i] - pending[e]);
    claims[count] = want;
    places[count] = e;
    count += +!(want <= 0);
    sum += want;
    if (want > largest) largest = want;
  }
  acc[0] = sum;
  acc[3] = largest;
  return count;
}

/**
 * Each community's households at completion, into the series (households) and into claims, where the
 * claims pass reads them back (by entity, before it writes gaps there by position): a loop of their own,
 * as the claims loop reads more arrays than the registers hold, and with fewer its iterations overlap more. Claims are 64-bit floats, so each comes
 * back exactly as householdsAt gave it, whatever the series' kind (a 32-bit row past the horizon need
 * not hold it).
 */
function householdsAhead(h0: Float64Array, growth: Float64Array, dwellings: Float64Array, factors: Float64Array, last: boolean, claims: Float64Array, households: Counts, nc: number): void {
  for (let e = 0; e < nc; e++) {
    const factor = last ? factors[e] * (1 + growth[e]) : factors[e];
    factors[e] = factor;
    const h = householdsAt(h0[e], factor, dwellings[e]);
    households[e] = h;
    claims[e] = h;
  }
}

/** claimsOf for the streets and districts, from entity `from` on, listing from position count. */
function centreClaims(run: Run, y: number, rule: SpaceTable, from: number, count: number, places: Int32Array, acc: Float64Array): number {
  const { flat, series, pending } = run;
  const { nEntities: n, entities } = flat;
  const { established, spaceRequired, space } = series;
  const o = y * n;
  const claims = run.scratch.claims;
  for (let e = from; e < n; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const aim = Math.max(spaceRequired[i], spaceNeeded(rule, entities.level[e], entities.kind[e], 0));
    const want = positivePart(aim - space[i] - pending[e]);
    claims[count] = want;
    places[count] = e;
    count += +!(want <= 0);
    acc[0] += want;
    if (want > acc[3]) acc[3] = want;
  }
  return count;
}

/** Where the households of a year past the horizon go, which no one reads: of the series' kind, so the claims pass stores to one kind of array. */
let spareHouseholds: Counts = new Float64Array(0);

function beyondHorizon(households: Counts, nc: number): Counts {
  if (spareHouseholds.length < nc || spareHouseholds.constructor !== households.constructor) spareHouseholds = households instanceof Int32Array ? new Int32Array(nc) : new Float64Array(nc);
  return spareHouseholds;
}
