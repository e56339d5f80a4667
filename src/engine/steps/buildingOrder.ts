/**
 * The automatic building programme's order when money is short (building.order): whole gaps, largest or
 * smallest first, while money lasts.
 */
import { round as roundExported } from '../round';
import { sortByRank, type Ranks } from './rankSort';

// A module constant: an imported binding is read through its module cell, which optimised code tests at each call in the ranking loop, every gap.
const round = roundExported;

/** How finely gaps are grouped by rank, at most, to find how far down the order the money reaches. */
const RANK_GROUPS = 4096;

/**
 * Where the money stops in the order, when every listed gap is above 0 with ranks below 2^31: the gaps
 * before the last taken (by rank, then position in the list, as the sort orders them; those beyond
 * reach all rank after those in it) are whole, that one gets m, the rest nothing. Read place by place
 * in list order (shareOf), it spares the order a write at every place.
 */
export interface Cut {
  /** each listed gap's rank, by its position in the list */
  ranks: Int32Array;
  /** the last taken gap's rank and position (−1 and −1 when none is taken) */
  rank: number;
  at: number;
  /** what the last taken gap gets */
  m: number;
}

/**
 * What the gap at position j of the list, of size claim (above 0, finite), gets: claim × 1 is claim and
 * claim × 0 is +0, as take writes them. Whether a gap is before the cut follows no pattern a branch
 * could guess, so it is worked out as a number.
 */
export const shareOf = ({ ranks, rank, at, m }: Cut, j: number, claim: number): number => shareAt(ranks, rank, at, m, j, claim);

/** shareOf with the cut's fields as arguments, for a loop that reads them once. */
export const shareAt = (ranks: Int32Array, rank: number, at: number, m: number, j: number, claim: number): number =>
  j === at ? m : claim * (+(ranks[j] < rank) | (+(ranks[j] === rank) & +(j < at)));

/**
 * Whole gaps in order (largest or smallest first) while money lasts; the next gets what is left. The
 * gaps (claims, each above 0 or NaN) come by their position in the list of places with one, in entity
 * order, as the building programme keeps them; returns the cut where there is one (out is then left as
 * it was), else writes each position's share to out and returns null. A gap's rank is its size to
 * 0.001 m²; ties go to the lower position, so to the lower entity index. Money short of the demand
 * reaches only the first gaps: a count of gaps by rank group, each gap taken as the least its group can
 * hold, says how far at most, and only the gaps up to there are sorted; the rest are sorted after them
 * only when the money outlasts that estimate, which takes sums rounded far beyond a city's (the
 * estimate's margin is a thousandth of a m² a gap). Where the estimate stops changes only how much is
 * sorted at once, not the order. Counting gaps, not summing them, spares the first pass a floating
 * sum into a table a gap. Ranks are whole numbers, so a radix sort orders them in a few linear passes
 * where a comparison sort over a national sweep's gaps takes several times as long.
 */
export function orderCut(claims: Float64Array, total: number, order: 'worstFirst' | 'nearestFirst', out: Float64Array, largest: number): Cut | null {
  const n = claims.length;
  // Rounding keeps order, so the largest gap to 0.001 m² is the largest gap rounded.
  const maxQ = round(largest * 1000);
  // A group for every four gaps or so: a city's few thousand gaps then sort only the third to two thirds
  // its money reaches, where sorting them all took a third more time.
  const groups = Math.min(RANK_GROUPS, Math.max(1, Math.ceil(n / 4)));
  // Any grouping that keeps ranks in order gives the same result; a product is cheaper than a quotient.
  const perRank = groups / (maxQ + 1);
  const sizes = groupSizes.fill(0, 0, groups);
  // Room for the positions with a gap above 0 (where not every one has one), and their ranks.
  const { gaps: room, digits, ...kept } = orderScratch(n, out.length);
  // Ranks below 2^31 (gaps up to 2 million m²) are kept as 32-bit integers: half the bytes to move.
  const { qs, ranks, spare: spareRanks } = maxQ < 2 ** 31 ? kept.whole : kept.any;
  let count = 0;
  const worst = order === 'worstFirst';
  for (let j = 0; j < n; j++) {
    const c = claims[j];
    if (!(c > 0)) continue;
    const rank = rankOf(c, maxQ, worst);
    qs[count++] = rank;
    sizes[rankGroup(rank, groups, perRank)]++;
  }
  // Every gap is above 0 but where one is NaN: the positions are then 0 to n − 1 (null), else they are gathered.
  const gaps = count === n ? null : withGaps(claims, room);
  // Every gap ranked at its own position: the cut can say what each gets.
  const cuts = count === n && qs instanceof Int32Array;
  if (!cuts) out.fill(0, 0, n);
  let reach = 0;
  for (let acc = 0; reach < groups - 1; reach++) {
    acc += sizes[reach] * leastIn(reach, maxQ, perRank, worst);
    if (!(acc < total)) break;
  }
  const ents = kept.ents;
  const inReachOf = gaps === null ? inReachOfAll : inReachOfSome;
  const inReach = inReachOf({ gaps: room, qs }, count, { groups, perRank, reach }, { ents, ranks });
  const spare = { ents: room, ranks: spareRanks, digits };
  const last = { j: -1, m: 0 };
  const left = take(claims, total, sortByRank(ents, ranks, inReach, maxQ, spare), inReach, cuts ? null : out, last);
  if (left > 0) {
    // The money outlasts the estimate (rounding in the sums): the gaps beyond reach are sorted too.
    const beyond = beyondReach(claims, reach, { maxQ, worst, groups, perRank }, { ents, ranks });
    take(claims, left, sortByRank(ents, ranks, beyond, maxQ, spare), beyond, cuts ? null : out, last);
  }
  if (!cuts) return null;
  return { ranks: qs, rank: last.j < 0 ? -1 : qs[last.j], at: last.j, m: last.m };
}

/** The positions of the gaps above 0, in order, into gaps. */
function withGaps(claims: Float64Array, gaps: Int32Array): Int32Array {
  let k = 0;
  for (let j = 0; j < claims.length; j++) if (claims[j] > 0) gaps[k++] = j;
  return gaps;
}

/** A gap's rank: its size to 0.001 m², counted down from the largest (worst first) or up from 0. */
const rankOf = (claim: number, maxQ: number, worst: boolean): number => (worst ? maxQ - round(claim * 1000) : round(claim * 1000));

/** The rank group of a rank, groups of them spread evenly over the ranks; rank × perRank is from 0 to about groups, where | 0 is the floor and cheaper than Math.floor. */
const rankGroup = (rank: number, groups: number, perRank: number): number => Math.min(groups - 1, (rank * perRank) | 0);

/**
 * At most the least gap in rank group g, or 0: a gap's rank × perRank is below g + 1 (worst first) or at
 * least g (nearest first), and its size × 1000 is within a half of its size rank; one whole rank more
 * covers the rounding of perRank and the quotient below until ranks near 2^50.
 */
function leastIn(g: number, maxQ: number, perRank: number, worst: boolean): number {
  const q = worst ? maxQ - (g + 1) / perRank : g / perRank;
  return Math.max(0, (q - 1.5) / 1000);
}

/**
 * Whole gaps of the first count positions sorted in turn while money lasts, the next what is left, each
 * written to out unless out is null; the last taken and what it got into last; returns what is left.
 */
function take(claims: Float64Array, total: number, sorted: Int32Array, count: number, out: Float64Array | null, last: { j: number; m: number }): number {
  // What is left, carried round the loop in a typed array (see payCosts in recurringCosts.ts).
  const left = Float64Array.of(total);
  for (let j = 0; j < count && left[0] > 0; j++) {
    const at = sorted[j];
    const m = Math.min(claims[at], left[0]);
    if (out !== null) out[at] = m;
    left[0] -= m;
    last.j = at;
    last.m = m;
  }
  return left[0];
}

/**
 * orderCut's working arrays, kept from one call to the next: a national city orders its gaps every year,
 * and fresh arrays each time are new pages to fault in. orderCut writes every element it reads first.
 */
let orderArrays = perPlace(0);

function perPlace(n: number) {
  const [gaps, ents, digits] = [new Int32Array(n), new Int32Array(n), new Uint16Array(n)];
  return {
    gaps,
    ents,
    digits,
    whole: { qs: new Int32Array(n), ranks: new Int32Array(n), spare: new Int32Array(n) },
    any: { qs: new Float64Array(n), ranks: new Float64Array(n), spare: new Float64Array(n) },
  };
}

/**
 * Made at the city's size (one place per entity) when they are too short: the places with a gap vary
 * from year to year and draw to draw, and growing to each new count made them again and again.
 */
function orderScratch(n: number, entities: number): typeof orderArrays {
  if (orderArrays.gaps.length < n) orderArrays = perPlace(Math.max(n, entities));
  return orderArrays;
}

/** The rank groups' sizes, kept likewise and cleared by each use. */
const groupSizes = new Int32Array(RANK_GROUPS);

/**
 * The positions of the gaps of the groups the money reaches (up to reach) to the start of ents and
 * ranks; returns their number. Without a branch (whether a gap is in reach follows no pattern): every
 * gap is written at the next place, and kept by counting it only when in reach. Only they are sorted:
 * the money seldom outlasts the estimate, and orderCut gathers the others again (beyondReach) when it does.
 * Each gap's group is worked out again from its rank, as the first pass did, rather than kept: cheaper
 * than the bytes to store and read it. A NaN rank (only when the largest gap is infinite) is in reach, and
 * sorts as rank 0. inReachOfAll where every position has a gap above 0, inReachOfSome where they are gathered.
 */
function inReachOfAll(
  from: { qs: Ranks },
  count: number,
  group: { groups: number; perRank: number; reach: number },
  to: { ents: Int32Array; ranks: Ranks },
): number {
  const { qs } = from;
  const { groups, perRank, reach } = group;
  const { ents, ranks } = to;
  let k = 0;
  for (let j = 0; j < count; j++) {
    ents[k] = j;
    ranks[k] = qs[j];
    k += +!(rankGroup(qs[j], groups, perRank) > reach);
  }
  return k;
}

function inReachOfSome(
  from: { gaps: Int32Array; qs: Ranks },
  count: number,
  group: { groups: number; perRank: number; reach: number },
  to: { ents: Int32Array; ranks: Ranks },
): number {
  const { gaps, qs } = from;
  const { groups, perRank, reach } = group;
  const { ents, ranks } = to;
  let k = 0;
  for (let j = 0; j < count; j++) {
    ents[k] = gaps[j];
    ranks[k] = qs[j];
    k += +!(rankGroup(qs[j], groups, perRank) > reach);
  }
  return k;
}

/** The positions of the gaps beyond reach, ranked and grouped as orderCut's first pass did, to the start of ents and ranks; returns their number. */
function beyondReach(
  claims: Float64Array,
  reach: number,
  rank: { maxQ: number; worst: boolean; groups: number; perRank: number },
  to: { ents: Int32Array; ranks: Ranks },
): number {
  const { maxQ, worst, groups, perRank } = rank;
  let k = 0;
  for (let j = 0; j < claims.length; j++) {
    if (!(claims[j] > 0)) continue;
    const q = rankOf(claims[j], maxQ, worst);
    if (rankGroup(q, groups, perRank) <= reach) continue;
    to.ents[k] = j;
    to.ranks[k++] = q;
  }
  return k;
}
