/**
 * The building order's sort (buildingOrder.ts): places by whole-number rank, ties kept in the order given.
 */

/** Ranks are sorted up to eleven bits at a time: a count table that stays in the core's cache. */
const DIGIT = 2048;
/** As many as this are sorted by insertion: a radix pass clears and sums its whole count table, however few it moves. */
const FEW = 32;

/** Ranks as 32-bit integers when every one fits, else as doubles. */
export type Ranks = Int32Array | Float64Array;

/** The radix sort's digit counts, kept from one call to the next and cleared by each use. */
const digitCounts = new Int32Array(DIGIT);

/**
 * The first count entities ordered by rank (whole numbers up to maxRank), ties kept in the order given:
 * a stable least-significant-digit radix sort. Returns whichever of ents and spare.ents holds the result
 * (the two swap roles each pass); ranks are moved along with them.
 */
export function sortByRank(
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
