/**
 * Under a district quota (GOV2020-3a) the gap is the district's: its quota less the workers in its
 * pool. The clause lets the county post its staff where the work is (根据工作需要设岗招聘), so the
 * missing workers are placed one at a time in the community furthest below its own share
 * (share − workers counted), the lower index first on a tie. Filling the largest shortfall first keeps
 * every community as near its own standard (1 per 300–400 households, at least 5) as the total allows.
 */
import type { Counts } from '../projection';
import { inPool } from '../staffQuota';
import { BUCKETS, bucketOf, largestAt } from './largestAt';
import { placeAbove } from './placeAbove';
import { WINDOW, gridBucket, placeByBuckets } from './placeByBuckets';

/**
 * Working arrays kept from one call to the next: a national city places its gaps every year, and fresh
 * arrays each time are new pages to fault in. Every element read is written first in the same call,
 * but for the counts by bucket, which placeByBuckets leaves all zero for the next district. The
 * deficits' buckets share storage with the workers placeAbove finds taken: it writes them only once
 * the buckets are no longer read.
 */
const buckets = new Int32Array(BUCKETS + 2);
const byBucket = new Int32Array(WINDOW);
let spare = fresh(0);

function fresh(n: number) {
  const taken = new Int32Array(n);
  return { members: new Int32Array(n), byDistrict: new Int32Array(n), inDistrict: new Int32Array(n), deficit: new Float64Array(n), slots: new Int32Array(n), lowered: new Float64Array(n), taken, bucket: taken, candidates: new Float64Array(n), inBucket: new Uint8Array(n), buckets, counted: buckets.subarray(1), top: new Float64Array(1), byBucket };
}

function scratch(n: number): typeof spare {
  if (spare.members.length < n) spare = fresh(n);
  return spare;
}

/**
 * A district quota's pool: its members by index, members[0, size), and each district's count in
 * start[d + 1]; size is −1 when they are not listed district by district. The year's opening lists
 * them as it works out the shares (openYear.ts), so no pass of its own reads the shares again.
 */
export interface Pool {
  members: Int32Array;
  start: Int32Array;
  size: number;
}

/** An empty pool for n communities in nDistricts districts, its members' list kept from one call to the next. */
export function openPool(n: number, nDistricts: number): Pool {
  return { members: scratch(n).members, start: new Int32Array(nDistricts + 1), size: 0 };
}

/**
 * Overwrites gap[0, nCommunities) with each community's place in its district's gap. Community e's
 * workers counted this year are inPost[e], after leavers, plus committee[e] where committee members count.
 */
export function placeDistrictGaps(
  nDistricts: number,
  district: Int32Array,
  share: Float64Array,
  established: Uint8Array,
  quota: Float64Array,
  inPost: Counts,
  committee: Float64Array | null,
  gap: Float64Array,
): void {
  const pool = openPool(share.length, nDistricts);
  pool.size = poolMembers(district, share, established, pool.members, pool.start);
  placePool(pool, district, share, quota, inPost, committee, gap);
}

/** placeDistrictGaps with the pool's members already listed (openPool, then as poolMembers lists them). */
export function placePool(pool: Pool, district: Int32Array, share: Float64Array, quota: Float64Array, inPost: Counts, committee: Float64Array | null, gap: Float64Array): void {
  const n = share.length;
  const nDistricts = pool.start.length - 1;
  const work = scratch(n);
  // Pool members grouped by district, in index order within each. A flattened city lists its
  // communities district by district, so one pass usually groups them; otherwise a counting sort does.
  const { start } = pool;
  for (let d = 0; d < nDistricts; d++) start[d + 1] += start[d];
  let members = pool.members;
  if (pool.size < 0) {
    const next = start.slice(0, nDistricts);
    for (let k = 0; k < start[nDistricts]; k++) work.byDistrict[next[district[members[k]]]++] = members[k];
    members = work.byDistrict;
  }
  gap.fill(0, 0, n);
  for (let d = 0; d < nDistricts; d++) {
    const from = start[d];
    const size = start[d + 1] - from;
    if (size === 0) continue;
    // copied to the front of a kept array rather than cut as a view: a view is a new object for every
    // district of every year, garbage a Monte Carlo draw would collect
    const inDistrict = work.inDistrict;
    for (let k = 0; k < size; k++) inDistrict[k] = members[from + k];
    placeInDistrict(inDistrict, size, share, inPost, committee, quota[d], work, gap);
  }
}

/**
 * Lists the pool's members in index order and counts each district's in start[d + 1]. Returns how many
 * there are, or −1 when they are not listed district by district.
 */
function poolMembers(district: Int32Array, share: Float64Array, established: Uint8Array, members: Int32Array, start: Int32Array): number {
  let pool = 0;
  let sorted = true;
  for (let e = 0, last = 0; e < share.length; e++) {
    if (!inPool(established[e], share[e])) continue;
    const d = district[e];
    if (d < last) sorted = false;
    last = d;
    members[pool++] = e;
    start[d + 1]++;
  }
  return sorted ? pool : -1;
}

/**
 * One district's gap placed among its pool members, members[0, size) in index order: by counting places in
 * buckets, counted in the pass that works out the deficits (placeByBuckets.ts), and where the counts
 * cannot decide, a water level (placeAbove.ts), then one each or a heap. The deficits sit side by
 * side in position order: a district's few kilobytes stay in cache while its workers are placed, and
 * the lower position is the lower index. They, and the deficits placeAbove lowers, are the first size
 * places of the kept working arrays, handed on with their size rather than as views of that length: a
 * view is a new object for every district of every year, garbage a Monte Carlo draw would collect.
 */
function placeInDistrict(
  members: Int32Array,
  size: number,
  share: Float64Array,
  inPost: Counts,
  committee: Float64Array | null,
  quota: number,
  work: typeof spare,
  gap: Float64Array,
): void {
  const { deficit, bucket, byBucket } = work;
  let counted = 0;
  let total = 0;
  // the largest deficit, for placeOneEach: taken here, and again where placeAbove lowers deficits
  let top = -Infinity;
  let low = Infinity;
  // imported bindings read once: read in the loop, each is a cell loaded and checked every pass
  const bucketOfX = gridBucket;
  const mask = WINDOW - 1;
  for (let k = 0; k < size; k++) {
    const e = members[k];
    const c = inPost[e] + (committee === null ? 0 : committee[e]);
    counted += c;
    const x = share[e] - c;
    deficit[k] = x;
    total += x;
    top = Math.max(top, x);
    low = Math.min(low, x);
    const b = bucketOfX(x);
    bucket[k] = b;
    byBucket[b & mask]++;
  }
  let missing = Math.max(0, Math.ceil(quota - counted - 1e-9));
  if (placeByBuckets(size, top, low, total, missing, members, work, gap) || missing === 0) return;
  // the deficits left and the workers each has taken, by position, once placeAbove has placed any
  let left = deficit;
  let taken: Int32Array | null = null;
  if (missing > size >> 3) {
    const placed = placeAbove(deficit, size, total, missing, work);
    if (placed > 0) {
      left = work.lowered;
      taken = work.taken;
      top = work.top[0];
      missing -= placed;
    }
  }
  if (placeOneEach(left, size, top, missing, members, taken, work, gap)) return;
  if (taken !== null) for (let k = 0; k < size; k++) gap[members[k]] += taken[k];
  const heap = heapOfLeading(left.subarray(0, size), missing, work.slots.subarray(0, size));
  for (let k = (heap.length >> 1) - 1; k >= 0; k--) siftDown(heap, k, left);
  for (; missing > 0; missing--) {
    const first = heap[0];
    gap[members[first]]++;
    left[first]--;
    siftDown(heap, 0, left);
  }
}

/**
 * The last workers when they take one place each, without a heap, with the workers members have
 * already taken (taken, by position, when any); the deficits are deficit[0, size). Every member whose
 * deficit is above the largest less one stands above any member's second place, so when no more
 * workers are missing than there are such members, each goes to a different one of them: those above the missing-th largest deficit (top is
 * the largest), then, among those at it, the lower positions first; they are counted into largestAt's
 * buckets as they are gathered. Returns false, placing none, when more are missing.
 */
function placeOneEach(deficit: Float64Array, size: number, top: number, missing: number, members: Int32Array, taken: Int32Array | null, work: { candidates: Float64Array; buckets: Int32Array; counted: Int32Array; inBucket: Uint8Array }, gap: Float64Array): boolean {
  if (missing === 0) {
    if (taken !== null) for (let k = 0; k < size; k++) gap[members[k]] += taken[k];
    return true;
  }
  const { candidates: values, buckets, counted, inBucket: bucket } = work;
  const floor = top - 1;
  let m = 0;
  buckets.fill(0);
  // Without branches: each deficit is written at the next place, with its bucket, and kept if above
  // floor; one at or below it counts in slot 0, not a bucket (its bucketOf means nothing).
  for (let k = 0; k < size; k++) {
    const d = deficit[k];
    const above = +(d > floor);
    const b = bucketOf(d, floor);
    values[m] = d;
    bucket[m] = b;
    m += above;
    buckets[(b + 1) & -above]++;
  }
  if (missing > m) return false;
  const level = largestAt(values, m, missing - 1, counted, bucket);
  let atLevel = missing - counted[BUCKETS];
  // Without branches: about half the members take a worker, in an order no branch predictor follows.
  // Above the level, one each; at it, the lower positions while any are left (atLevel).
  for (let k = 0; k < size; k++) {
    const tie = +(deficit[k] === level) & +(atLevel > 0);
    atLevel -= tie;
    gap[members[k]] += (taken === null ? 0 : taken[k]) + (+(deficit[k] > level) | tie);
  }
  return true;
}

/**
 * The members the next `missing` workers can go to, in heap: those whose deficit is above a level c
 * when at least `missing` of them are (else every member). Each worker then goes to one of them: until
 * the last is placed, one of them has not yet taken a worker and still stands above c, hence above every
 * member left out, so the heap of the few places each worker where the heap of all would. The level is
 * tried a whole worker at a time down from the largest deficit.
 */
function heapOfLeading(deficit: Float64Array, missing: number, heap: Int32Array): Int32Array {
  const size = deficit.length;
  let top = -Infinity;
  for (let k = 0; k < size; k++) top = Math.max(top, deficit[k]);
  for (let c = top - 1, tries = 0; tries < 4; c -= 1, tries++) {
    let count = 0;
    for (let k = 0; k < size; k++) if (deficit[k] > c) heap[count++] = k;
    if (count >= missing) return heap.subarray(0, count);
  }
  for (let k = 0; k < size; k++) heap[k] = k;
  return heap;
}

/**
 * Moves heap[k] down below every member that comes before it: the larger deficit, the lower position
 * on a tie. The comparisons are written out rather than passed in: a national city places tens of
 * thousands of workers a year, each a walk down the heap.
 */
function siftDown(heap: Int32Array, k: number, deficit: Float64Array): void {
  const n = heap.length;
  const e = heap[k];
  const d = deficit[e];
  for (;;) {
    const l = 2 * k + 1;
    if (l >= n) break;
    let c = l;
    let ec = heap[l];
    let dc = deficit[ec];
    if (l + 1 < n) {
      const er = heap[l + 1];
      const dr = deficit[er];
      if (dr > dc || (dr === dc && er < ec)) {
        c = l + 1;
        ec = er;
        dc = dr;
      }
    }
    if (!(dc > d || (dc === d && ec < e))) break;
    heap[k] = ec;
    k = c;
  }
  heap[k] = e;
}
