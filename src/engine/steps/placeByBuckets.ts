/**
 * A district's missing workers placed at once by counting places (pooledHires.ts). Member k's places
 * are its deficit x, then x − 1, x − 2 … as the one-at-a-time placement lowers it; the missing workers
 * take the `missing` largest places, the lower position first among equal ones.
 *
 * A place's bucket is ⌊place × STEP⌋. STEP is a power of two, so x × STEP is exact and x − j lies
 * exactly j × STEP buckets below x: the members counted by their deficit's bucket give, bucket by
 * bucket down from the largest deficit's, how many places each holds. The workers fill every bucket
 * above the one where that count reaches `missing` (the level's), then one each the largest of the
 * level's places, as far as they go.
 *
 * That takes each place to be x − j exactly. It is wherever x − j ≥ −0.5: x − 1 is exact for x ≥ 0.5
 * (Sterbenz up to 2; above, a multiple of x's unit within its range), so each step down to −0.5 is. A
 * step that ends below −0.5 rounds, but to at most −0.5, and every later one is lower still. So where
 * the level's bucket lies above −0.5, every place at or above it is exact and every other is below it,
 * and the counts decide as the one-at-a-time placement does. Elsewhere, or with a deficit not finite,
 * or members too far apart for the counts kept, nothing is placed here.
 */
import { selectLargest } from './largestAt';

const SHIFT = 6;
const STEP = 1 << SHIFT;
/** Buckets counted, a power of two: a deficit's count is kept at its bucket modulo WINDOW. */
export const WINDOW = 1 << 12;
/** The places of the last STEP buckets, while they are counted down from the top. */
const ring = new Int32Array(STEP);

/** A deficit's bucket, as a 32-bit integer (modulo 2^32, which WINDOW divides). */
export const gridBucket = (x: number): number => Math.floor(x * STEP) | 0;

/** What the caller made while it worked out the deficits, and the working arrays. */
export interface Counted {
  /** deficit[0, size): each member's deficit, by position */
  deficit: Float64Array;
  /** bucket[0, size): each deficit's gridBucket */
  bucket: Int32Array;
  /** byBucket[b & (WINDOW − 1)]: how many deficits have bucket b; all zero again on return */
  byBucket: Int32Array;
  slots: Int32Array;
  candidates: Float64Array;
  lowered: Float64Array;
}

/**
 * Places `missing` workers among the members whose deficits are counted (top the largest, low the
 * least, total their sum), writing each member's to gap, as the one-at-a-time placement would.
 * Returns false, placing none, where the counts cannot decide (see above), and where none are missing.
 * Either way the counts are cleared for the next district.
 */
export function placeByBuckets(size: number, top: number, low: number, total: number, missing: number, members: Int32Array, work: Counted, gap: Float64Array): boolean {
  // A finite total has no deficit NaN or infinite.
  const first = Math.floor(top * STEP);
  const spread = first - Math.floor(low * STEP);
  if (!(Number.isFinite(total) && top < 2 ** 40 && spread < WINDOW)) {
    work.byBucket.fill(0);
    return false;
  }
  const placed = missing > 0 && missing < 2 ** 30 && placeCounted(size, first, spread, (total - missing) / size, missing, members, work, gap);
  clearCounts(work.byBucket, first | 0, spread);
  return placed;
}

function clearCounts(byBucket: Int32Array, first: number, spread: number): void {
  const mask = WINDOW - 1;
  for (let r = 0; r <= spread; r++) byBucket[(first - r) & mask] = 0;
}

/** The placement, once the members are known to lie within the counts kept, first the top deficit's bucket, spread buckets above the least. */
function placeCounted(size: number, first: number, spread: number, water: number, missing: number, members: Int32Array, work: Counted, gap: Float64Array): boolean {
  const { byBucket, bucket, slots } = work;
  // The level is above the water level, which is at least (total − missing) / size: the count stops there.
  const reach = Math.min((size << 4) + 1024, (Math.ceil(first / STEP - water) + 2) * STEP);
  // Places by bucket, r buckets below the top: the members' own there, and those of members a whole
  // unit higher, one worker later (ring holds the last STEP buckets' places).
  ring.fill(0, 0, STEP);
  // WINDOW read once: an exported binding read in the loop is a cell loaded and checked every pass
  const mask = WINDOW - 1;
  const top = first | 0;
  let above = 0;
  let r = 0;
  let here = 0;
  for (; r < reach; r++) {
    here = (r <= spread ? byBucket[(top - r) & mask] : 0) + ring[r & (STEP - 1)];
    ring[r & (STEP - 1)] = here;
    if (above + here >= missing) break;
    above += here;
  }
  // The level's bucket starts at (first − r) / STEP: it must lie above −0.5.
  if (!(r < reach && first - r > -(STEP >> 1))) return false;
  const level = (top - r) | 0;
  // Without branches: each member takes its places in buckets above the level's, ⌈q / STEP⌉ of them
  // for q buckets above, and is listed where one lies in the level's.
  let listed = 0;
  for (let k = 0; k < size; k++) {
    const q = (bucket[k] - level) | 0;
    const g = (q + STEP - 1) >> SHIFT;
    gap[members[k]] = g & ~(g >> 31);
    slots[listed] = k;
    listed += +(q >= 0) & +((q & (STEP - 1)) === 0);
  }
  oneEachAtLevel(missing - above, listed, level, members, work, gap);
  return true;
}

/** The last `rest` workers, one each to the largest of the level's `listed` places, the lower position first among equal ones. */
function oneEachAtLevel(rest: number, listed: number, level: number, members: Int32Array, work: Counted, gap: Float64Array): void {
  const { slots, candidates, lowered, deficit, bucket } = work;
  if (rest >= listed) {
    for (let j = 0; j < listed; j++) gap[members[slots[j]]]++;
    return;
  }
  for (let j = 0; j < listed; j++) {
    const k = slots[j];
    candidates[j] = lowered[j] = deficit[k] - (((bucket[k] - level) | 0) >> SHIFT);
  }
  const at = selectLargest(lowered, listed, rest - 1);
  let atLevel = rest;
  for (let j = 0; j < listed; j++) atLevel -= +(candidates[j] > at);
  for (let j = 0; j < listed; j++) {
    const v = candidates[j];
    if (v > at || (v === at && atLevel-- > 0)) gap[members[slots[j]]]++;
  }
}
