/**
 * Under a district quota (GOV2020-3a) the gap is the district's: its quota less the workers in its
 * pool. The clause lets the county post its staff where the work is (根据工作需要设岗招聘), so the
 * missing workers are placed one at a time in the community furthest below its own share
 * (share − workers counted), the lower index first on a tie. Filling the largest shortfall first keeps
 * every community as near its own standard (1 per 300–400 households, at least 5) as the total allows.
 */
import { inPool } from '../staffQuota';

/**
 * Overwrites gap[0, nCommunities) with each community's place in its district's gap.
 * counted(e) is community e's workers this year, after leavers.
 */
export function placeDistrictGaps(
  nDistricts: number,
  district: Int32Array,
  share: Float64Array,
  established: Float64Array,
  quota: (d: number) => number,
  counted: (e: number) => number,
  gap: Float64Array,
): void {
  const n = share.length;
  // Communities grouped by district (counting sort), pool members only, in index order.
  const start = new Int32Array(nDistricts + 1);
  for (let e = 0; e < n; e++) if (inPool(established[e], share[e])) start[district[e] + 1]++;
  let largest = 0;
  for (let d = 0; d < nDistricts; d++) {
    largest = Math.max(largest, start[d + 1]);
    start[d + 1] += start[d];
  }
  const members = new Int32Array(start[nDistricts]);
  const next = start.slice(0, nDistricts);
  for (let e = 0; e < n; e++) if (inPool(established[e], share[e])) members[next[district[e]]++] = e;
  // The heap holds positions in the district's members, its deficits side by side: a district's few
  // kilobytes stay in cache while its workers are placed, and the lower position is the lower index.
  const deficits = new Float64Array(members.length);
  const slots = new Int32Array(largest);
  gap.fill(0, 0, n);
  for (let d = 0; d < nDistricts; d++) {
    const from = start[d];
    const size = start[d + 1] - from;
    const deficit = deficits.subarray(from, from + size);
    const heap = slots.subarray(0, size);
    let inPost = 0;
    for (let k = 0; k < size; k++) {
      const e = members[from + k];
      const c = counted(e);
      inPost += c;
      deficit[k] = share[e] - c;
      heap[k] = k;
    }
    let missing = Math.max(0, Math.ceil(quota(d) - inPost - 1e-9));
    if (missing === 0 || size === 0) continue;
    if (missing > size >> 3) missing -= placeAbove(deficit, missing, (k, workers) => (gap[members[from + k]] += workers));
    for (let k = (size >> 1) - 1; k >= 0; k--) siftDown(heap, k, deficit);
    for (; missing > 0; missing--) {
      const top = heap[0];
      gap[members[from + top]]++;
      deficit[top]--;
      siftDown(heap, 0, deficit);
    }
  }
}

/**
 * The first workers of the one-at-a-time placement, placed at once. A member's places are its deficit,
 * then that less one for each worker it has taken; every place above a level t comes before every place
 * at or below it, so when there are no more places above t than workers missing, each of them is taken
 * one at a time as well, whatever the order. t is searched for by halving, on the places counted as
 * ⌈deficit − t⌉ a member, until at most an eighth of the members' number is left to the heap. The
 * deficits are then lowered one at a time as the heap lowers them, so the two agree to the last bit;
 * should that exact count exceed the workers missing (rounding at a whole number), none is placed here.
 * Returns the workers placed; place(k, workers) records member k's.
 */
function placeAbove(deficit: Float64Array, missing: number, place: (k: number, workers: number) => void): number {
  const size = deficit.length;
  let top = -Infinity;
  let bottom = Infinity;
  for (let k = 0; k < size; k++) {
    top = Math.max(top, deficit[k]);
    bottom = Math.min(bottom, deficit[k]);
  }
  const above = (t: number): number => {
    let count = 0;
    for (let k = 0; k < size; k++) {
      const places = Math.ceil(deficit[k] - t);
      if (places > 0) count += places;
    }
    return count;
  };
  // Nothing is above the largest deficit; every member has more than missing ÷ size places above lo.
  let hi = top;
  let atHi = 0;
  let lo = bottom - Math.ceil(missing / size) - 1;
  for (let halvings = 0; halvings < 64 && missing - atHi > size >> 3; halvings++) {
    const mid = (lo + hi) / 2;
    const count = above(mid);
    if (count <= missing) {
      hi = mid;
      atHi = count;
    } else lo = mid;
  }
  let placed = 0;
  for (let k = 0; k < size; k++) for (let v = deficit[k]; v > hi; v--) placed++;
  if (placed > missing) return 0;
  for (let k = 0; k < size; k++) {
    let workers = 0;
    for (; deficit[k] > hi; deficit[k]--) workers++;
    if (workers > 0) place(k, workers);
  }
  return placed;
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
