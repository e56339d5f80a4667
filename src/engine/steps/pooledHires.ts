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
  // Communities grouped by district (counting sort), pool members only.
  const start = new Int32Array(nDistricts + 1);
  for (let e = 0; e < n; e++) if (inPool(established[e], share[e])) start[district[e] + 1]++;
  for (let d = 0; d < nDistricts; d++) start[d + 1] += start[d];
  const members = new Int32Array(start[nDistricts]);
  const next = start.slice(0, nDistricts);
  for (let e = 0; e < n; e++) if (inPool(established[e], share[e])) members[next[district[e]]++] = e;
  const deficit = new Float64Array(n);
  gap.fill(0, 0, n);
  for (let d = 0; d < nDistricts; d++) {
    const heap = members.subarray(start[d], start[d + 1]);
    let inPost = 0;
    for (const e of heap) {
      const c = counted(e);
      inPost += c;
      deficit[e] = share[e] - c;
    }
    let missing = Math.max(0, Math.ceil(quota(d) - inPost - 1e-9));
    if (missing === 0 || heap.length === 0) continue;
    for (let k = (heap.length >> 1) - 1; k >= 0; k--) siftDown(heap, k, deficit);
    for (; missing > 0; missing--) {
      const top = heap[0];
      gap[top]++;
      deficit[top]--;
      siftDown(heap, 0, deficit);
    }
  }
}

/**
 * Moves heap[k] down below every member that comes before it: the larger deficit, the lower index on
 * a tie. The comparisons are written out rather than passed in: a national city places tens of
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
