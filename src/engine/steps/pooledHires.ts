/**
 * Under a district quota (GOV2020-3a) the gap is the district's: its quota less the workers in its
 * pool. The clause lets the county post its staff where the work is (根据工作需要设岗招聘), so the
 * missing workers are placed one at a time in the community furthest below its own share
 * (share − workers counted), the lower index first on a tie. Filling the largest shortfall first keeps
 * every community as near its own standard (1 per 300–400 households, at least 5) as the total allows.
 */
import { inPool } from '../staffQuota';

/**
 * Working arrays kept from one call to the next: a national city places its gaps every year, and fresh
 * arrays each time are new pages to fault in. Every element read is written first in the same call.
 */
let spare = { members: new Int32Array(0), byDistrict: new Int32Array(0), deficits: new Float64Array(0), slots: new Int32Array(0), placed: new Int32Array(0), workers: new Int32Array(0), before: new Float64Array(0), candidates: new Float64Array(0) };

function scratch(n: number): typeof spare {
  if (spare.members.length < n) {
    spare = { members: new Int32Array(n), byDistrict: new Int32Array(n), deficits: new Float64Array(n), slots: new Int32Array(n), placed: new Int32Array(n), workers: new Int32Array(n), before: new Float64Array(n), candidates: new Float64Array(n) };
  }
  return spare;
}

/**
 * Overwrites gap[0, nCommunities) with each community's place in its district's gap.
 * counted(e) is community e's workers this year, after leavers.
 */
export function placeDistrictGaps(
  nDistricts: number,
  district: Int32Array,
  share: Float64Array,
  established: Uint8Array,
  quota: (d: number) => number,
  counted: (e: number) => number,
  gap: Float64Array,
): void {
  const n = share.length;
  const work = scratch(n);
  // Pool members grouped by district, in index order within each. A flattened city lists its
  // communities district by district, so one pass usually groups them; otherwise a counting sort does.
  const start = new Int32Array(nDistricts + 1);
  let pool = 0;
  let sorted = true;
  for (let e = 0, last = 0; e < n; e++) {
    if (!inPool(established[e], share[e])) continue;
    const d = district[e];
    if (d < last) sorted = false;
    last = d;
    work.members[pool++] = e;
    start[d + 1]++;
  }
  let largest = 0;
  for (let d = 0; d < nDistricts; d++) {
    largest = Math.max(largest, start[d + 1]);
    start[d + 1] += start[d];
  }
  let members = work.members;
  if (!sorted) {
    const next = start.slice(0, nDistricts);
    for (let k = 0; k < pool; k++) work.byDistrict[next[district[members[k]]]++] = members[k];
    members = work.byDistrict;
  }
  // The heap holds positions in the district's members, its deficits side by side: a district's few
  // kilobytes stay in cache while its workers are placed, and the lower position is the lower index.
  const slots = work.slots.subarray(0, largest);
  gap.fill(0, 0, n);
  for (let d = 0; d < nDistricts; d++) {
    const from = start[d];
    const size = start[d + 1] - from;
    const deficit = work.deficits.subarray(from, from + size);
    const heap = slots.subarray(0, size);
    let inPost = 0;
    let top = -Infinity;
    let total = 0;
    for (let k = 0; k < size; k++) {
      const e = members[from + k];
      const c = counted(e);
      inPost += c;
      deficit[k] = share[e] - c;
      top = Math.max(top, deficit[k]);
      total += deficit[k];
    }
    let missing = Math.max(0, Math.ceil(quota(d) - inPost - 1e-9));
    if (missing === 0 || size === 0) continue;
    if (missing > size >> 3) {
      const changed = placeAbove(deficit, top, total, missing, work);
      for (let j = 0; j < changed; j++) {
        gap[members[from + work.placed[j]]] += work.workers[j];
        missing -= work.workers[j];
      }
    }
    if (missing === 0) continue;
    const band = heapOfLeading(deficit, missing, heap);
    for (let k = (band.length >> 1) - 1; k >= 0; k--) siftDown(band, k, deficit);
    for (; missing > 0; missing--) {
      const top = band[0];
      gap[members[from + top]]++;
      deficit[top]--;
      siftDown(band, 0, deficit);
    }
  }
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
 * The first workers of the one-at-a-time placement, placed at once. A member's places are its deficit,
 * then that less one for each worker it has taken; every place above a level t comes before every place
 * at or below it, so when there are no more places above t than workers missing, each of them is taken
 * one at a time as well, whatever the order. t is searched for by halving, on the places counted as
 * ⌈deficit − t⌉ a member, until at most an eighth of the members' number is left to the heap; top is
 * the largest deficit and total their sum. The deficits are then lowered one at a time as the heap
 * lowers them, so the two agree to the last bit; should that exact count exceed the workers missing
 * (rounding at a whole number), they are put back and none is placed here.
 * Returns how many members took workers: member work.placed[j] took work.workers[j], j below that.
 */
function placeAbove(
  deficit: Float64Array,
  top: number,
  total: number,
  missing: number,
  work: { placed: Int32Array; workers: Int32Array; before: Float64Array; candidates: Float64Array },
): number {
  const size = deficit.length;
  // Nothing is above the largest deficit. A member has at least deficit − t places above t, so at the
  // level lo where the deficits' total less size × lo is the workers missing there are at least as many.
  let hi = top;
  let atHi = 0;
  let lo = (total - missing) / size;
  // Every level tried is above lo, and a member whose deficit is not has no place above it: the count
  // runs over the deficits above lo alone, kept side by side and thinned each time lo rises.
  const above = work.candidates;
  let count = 0;
  for (let k = 0; k < size; k++) if (deficit[k] > lo) above[count++] = deficit[k];
  let candidates = count;
  for (let halvings = 0; halvings < 64 && missing - atHi > size >> 3; halvings++) {
    const mid = (lo + hi) / 2;
    let places = 0;
    for (let j = 0; j < candidates; j++) {
      const p = Math.ceil(above[j] - mid);
      if (p > 0) places += p;
    }
    if (places <= missing) {
      hi = mid;
      atHi = places;
    } else {
      lo = mid;
      count = 0;
      for (let j = 0; j < candidates; j++) if (above[j] > lo) above[count++] = above[j];
      candidates = count;
    }
  }
  // Lowered and counted in one pass, each member's deficit kept until the count is known to fit.
  const { placed: members, workers, before } = work;
  let changed = 0;
  let placed = 0;
  for (let k = 0; k < size; k++) {
    if (!(deficit[k] > hi)) continue;
    let taken = 0;
    before[changed] = deficit[k];
    for (; deficit[k] > hi; deficit[k]--) taken++;
    members[changed] = k;
    workers[changed++] = taken;
    placed += taken;
  }
  if (placed > missing) {
    for (let j = 0; j < changed; j++) deficit[members[j]] = before[j];
    return 0;
  }
  return changed;
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
