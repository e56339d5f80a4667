/**
 * The automatic building programme's order when money is short (building.order): whole gaps, largest or
 * smallest first, while money lasts.
 */
import { round } from '../round';

/** How finely gaps are grouped by rank, at most, to find how far down the order the money reaches. */
const RANK_GROUPS = 4096;
/** Ranks are sorted up to eleven bits at a time: a count table that stays in the core's cache. */
const DIGIT = 2048;
/** As many as this are sorted by insertion: a radix pass clears and sums its whole count table, however few it moves. */
const FEW = 32;

/**
 * Whole gaps in order (largest or smallest first) while money lasts; the next gets what is left.
 * Only the places listed (by entity index, in index order) are read, and only their out is written.
 * A gap's rank is its size to 0.001 m²; ties go to the lower entity index. Money short of the demand
 * reaches only the first gaps: a count of gaps by rank group, each gap taken as the least its group can
 * hold, says how far at most, and only the gaps up to there are sorted; the rest are sorted after them
 * only when the money outlasts that estimate, which takes sums rounded far beyond a city's (the
 * estimate's margin is a thousandth of a m² a gap). Where the estimate stops changes only how much is
 * sorted at once, not the order. Counting gaps, not summing them, spares the first pass a floating
 * sum into a table a gap. Ranks are whole numbers, so a radix sort orders them in a few linear passes
 * where a comparison sort over a national sweep's gaps takes several times as long.
 */
export function inOrder(
  claims: Float64Array,
  places: Int32Array,
  total: number,
  order: 'worstFirst' | 'nearestFirst',
  out: Float64Array,
  largest = largestOf(claims, places),
): Float64Array {
  const n = places.length;
  // Rounding keeps order, so the largest gap to 0.001 m² is the largest gap rounded.
  const maxQ = round(largest * 1000);
  // A group for every four gaps or so: a city's few thousand gaps then sort only the third to two thirds
  // its money reaches, where sorting them all took a third more time.
  const groups = Math.min(RANK_GROUPS, Math.max(1, Math.ceil(n / 4)));
  // Any grouping that keeps ranks in order gives the same result; a product is cheaper than a quotient.
  const perRank = groups / (maxQ + 1);
  const sizes = groupSizes.fill(0, 0, groups);
  // The places with a gap, by entity index, and their ranks.
  const { gaps, digits, ...kept } = orderScratch(n, out.length);
  // Ranks below 2^31 (gaps up to 2 million m²) are kept as 32-bit integers: half the bytes to move.
  const { qs, ranks } = maxQ < 2 ** 31 ? kept.whole : kept.any;
  let count = 0;
  const worst = order === 'worstFirst';
  for (let j = 0; j < n; j++) {
    const e = places[j];
    out[e] = 0;
    if (!(claims[e] > 0)) continue;
    const rank = rankOf(claims[e], maxQ, worst);
    gaps[count] = e;
    qs[count++] = rank;
    sizes[rankGroup(rank, groups, perRank)]++;
  }
  let reach = 0;
  for (let acc = 0; reach < groups - 1; reach++) {
    acc += sizes[reach] * leastIn(reach, maxQ, perRank, worst);
    if (!(acc < total)) break;
  }
  const ents = kept.ents;
  const inReach = inReachOf({ gaps, qs }, count, { groups, perRank, reach }, { ents, ranks });
  const spare = { ents: gaps, ranks: qs, digits };
  const left = take(claims, total, sortByRank(ents, ranks, inReach, maxQ, spare), inReach, out);
  if (!(left > 0)) return out;
  // The money outlasts the estimate (rounding in the sums): the gaps beyond reach are sorted too.
  const beyond = beyondReach(claims, places, reach, { maxQ, worst, groups, perRank }, { ents, ranks });
  take(claims, left, sortByRank(ents, ranks, beyond, maxQ, spare), beyond, out);
  return out;
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

/** The largest of the listed claims (0 when none is above 0); a NaN claim is passed over. */
export function largestOf(claims: Float64Array, places: Int32Array): number {
  // Carried round the loop in a typed array (see payCosts in recurringCosts.ts).
  const most = new Float64Array(1);
  for (let j = 0; j < places.length; j++) if (claims[places[j]] > most[0]) most[0] = claims[places[j]];
  return most[0];
}

/** Whole gaps of the first count sorted in turn while money lasts, the next what is left; returns what is left. */
function take(claims: Float64Array, total: number, sorted: Int32Array, count: number, out: Float64Array): number {
  // What is left, carried round the loop in a typed array (see payCosts in recurringCosts.ts).
  const left = Float64Array.of(total);
  for (let j = 0; j < count && left[0] > 0; j++) {
    const e = sorted[j];
    out[e] = Math.min(claims[e], left[0]);
    left[0] -= out[e];
  }
  return left[0];
}

/**
 * inOrder's working arrays, kept from one call to the next: a national city orders its gaps every year,
 * and fresh arrays each time are new pages to fault in. inOrder writes every element it reads first.
 */
let orderArrays = perPlace(0);

function perPlace(n: number) {
  const [gaps, ents, digits] = [new Int32Array(n), new Int32Array(n), new Uint16Array(n)];
  return { gaps, ents, digits, whole: { qs: new Int32Array(n), ranks: new Int32Array(n) }, any: { qs: new Float64Array(n), ranks: new Float64Array(n) } };
}

/**
 * Made at the city's size (one place per entity) when they are too short: the places with a gap vary
 * from year to year and draw to draw, and growing to each new count made them again and again.
 */
function orderScratch(n: number, entities: number): typeof orderArrays {
  if (orderArrays.gaps.length < n) orderArrays = perPlace(Math.max(n, entities));
  return orderArrays;
}

/** Ranks as 32-bit integers when every one fits, else as doubles. */
type Ranks = Int32Array | Float64Array;

/** The rank groups' sizes and the radix sort's digit counts, kept likewise and cleared by each use. */
const groupSizes = new Int32Array(RANK_GROUPS);
const digitCounts = new Int32Array(DIGIT);

/**
 * The gaps of the groups the money reaches (up to reach), by entity index, to the start of ents and
 * ranks; returns their number. Without a branch (whether a gap is in reach follows no pattern): every
 * gap is written at the next place, and kept by counting it only when in reach. Only they are sorted:
 * the money seldom outlasts the estimate, and inOrder gathers the others again (beyondReach) when it does.
 * Each gap's group is worked out again from its rank, as the first pass did, rather than kept: cheaper
 * than the bytes to store and read it. A NaN rank (only when the largest gap is infinite) is in reach, and
 * sorts as rank 0.
 */
function inReachOf(
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

/** The gaps beyond reach, ranked and grouped as inOrder's first pass did, by entity index to the start of ents and ranks; returns their number. */
function beyondReach(
  claims: Float64Array,
  places: Int32Array,
  reach: number,
  rank: { maxQ: number; worst: boolean; groups: number; perRank: number },
  to: { ents: Int32Array; ranks: Ranks },
): number {
  const { maxQ, worst, groups, perRank } = rank;
  let k = 0;
  for (let j = 0; j < places.length; j++) {
    const e = places[j];
    if (!(claims[e] > 0)) continue;
    const q = rankOf(claims[e], maxQ, worst);
    if (rankGroup(q, groups, perRank) <= reach) continue;
    to.ents[k] = e;
    to.ranks[k++] = q;
  }
  return k;
}

/**
 * The first count entities ordered by rank (whole numbers up to maxRank), ties kept in the order given:
 * a stable least-significant-digit radix sort. Returns whichever of ents and spare.ents holds the result
 * (the two swap roles each pass); ranks are moved along with them.
 */
function sortByRank(
  ents: Int32Array,
  ranks: Ranks,
  count: number,
  maxRank: number,
  spare: { ents: Int32Array; ranks: Ranks; digits: Uint16Array },
): Int32Array {
  if (count <= FEW) return insertByRank(ents, ranks, count);
  const counts = digitCounts;
  const digits = spare.digits;
  let [srcE, srcR, dstE, dstR] = [ents, ranks, spare.ents, spare.ranks];
  // Scaling by a power of two is exact, so each digit is read exactly for any rank below 2^53, and a
  // product is cheaper than a quotient. Below 2^31 the scaled whole part fits an int32, and masking it
  // takes the digit without a floating remainder. Each digit is worked out once a pass, for the count and the move.
  const small = maxRank < 2 ** 31;
  const radix = radixFor(maxRank);
  for (let place = 1; place <= maxRank; place *= radix) {
    const scale = 1 / place;
    counts.fill(0, 0, radix);
    if (small) for (let j = 0; j < count; j++) counts[(digits[j] = ((srcR[j] * scale) | 0) & (radix - 1))]++;
    else for (let j = 0; j < count; j++) counts[(digits[j] = ((srcR[j] * scale) % radix) | 0)]++;
    for (let d = 0, at = 0; d < radix; d++) {
      const c = counts[d];
      counts[d] = at;
      at += c;
    }
    // The last pass moves the entities alone: no pass reads the ranks after it.
    if (place * radix > maxRank) for (let j = 0; j < count; j++) dstE[counts[digits[j]]++] = srcE[j];
    else
      for (let j = 0; j < count; j++) {
        const k = counts[digits[j]]++;
        dstE[k] = srcE[j];
        dstR[k] = srcR[j];
      }
    [srcE, srcR, dstE, dstR] = [dstE, dstR, srcE, srcR];
  }
  return srcE;
}

/**
 * The least power of two that takes as many passes over ranks up to maxRank as DIGIT does: the same
 * moves, and a smaller count table to clear and sum each pass (ranks of up to 2²⁰ take two passes of
 * ten bits, not of eleven).
 */
function radixFor(maxRank: number): number {
  let passes = 0;
  for (let place = 1; place <= maxRank; place *= DIGIT) passes++;
  let radix = 2;
  while (radix ** passes <= maxRank) radix *= 2;
  return radix;
}

/** sortByRank for a few: each entity moved down past those of higher rank, so ties keep the order given. */
function insertByRank(ents: Int32Array, ranks: Ranks, count: number): Int32Array {
  for (let j = 1; j < count; j++) {
    const e = ents[j];
    const r = ranks[j];
    let k = j;
    for (; k > 0 && ranks[k - 1] > r; k--) {
      ents[k] = ents[k - 1];
      ranks[k] = ranks[k - 1];
    }
    ents[k] = e;
    ranks[k] = r;
  }
  return ents;
}
