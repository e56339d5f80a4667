/**
 * Nearest point among many, for snapping population cells and facilities to a walking network: points
 * bucketed on a square grid, searched ring by ring outward until no closer point can remain. Ties go
 * to the lower index, so snapping is deterministic.
 */

export interface NearestIndex {
  x: Float64Array;
  y: Float64Array;
  bucket: number;
  bx0: number;
  by0: number;
  bw: number;
  bh: number;
  /** points of bucket b are order[first[b]] … order[first[b + 1] − 1] */
  first: Int32Array;
  order: Int32Array;
}

export function buildNearestIndex(x: Float64Array, y: Float64Array): NearestIndex {
  const n = x.length;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, x[i]);
    x1 = Math.max(x1, x[i]);
    y0 = Math.min(y0, y[i]);
    y1 = Math.max(y1, y[i]);
  }
  if (n === 0) x0 = y0 = x1 = y1 = 0;
  // About two points a bucket on average.
  const bucket = Math.max(1, Math.sqrt((Math.max(1, x1 - x0) * Math.max(1, y1 - y0) * 2) / Math.max(1, n)));
  const bx0 = Math.floor(x0 / bucket);
  const by0 = Math.floor(y0 / bucket);
  const bw = Math.floor(x1 / bucket) - bx0 + 1;
  const bh = Math.floor(y1 / bucket) - by0 + 1;
  const first = new Int32Array(bw * bh + 1);
  const of = (i: number) => (Math.floor(y[i] / bucket) - by0) * bw + (Math.floor(x[i] / bucket) - bx0);
  for (let i = 0; i < n; i++) first[of(i) + 1]++;
  for (let b = 0; b < bw * bh; b++) first[b + 1] += first[b];
  const fill = first.slice(0, bw * bh);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[of(i)]++] = i;
  return { x, y, bucket, bx0, by0, bw, bh, first, order };
}

/** Index of the point nearest (px, py) and its distance; −1 and Infinity when there are none. */
export function nearest(ix: NearestIndex, px: number, py: number): { index: number; distance: number } {
  const n = ix.order.length;
  if (n === 0) return { index: -1, distance: Infinity };
  const cx = Math.floor(px / ix.bucket) - ix.bx0;
  const cy = Math.floor(py / ix.bucket) - ix.by0;
  let best = -1;
  let bestD2 = Infinity;
  const visit = (bx: number, by: number) => {
    if (bx < 0 || by < 0 || bx >= ix.bw || by >= ix.bh) return;
    const b = by * ix.bw + bx;
    for (let k = ix.first[b]; k < ix.first[b + 1]; k++) {
      const i = ix.order[k];
      const dx = ix.x[i] - px;
      const dy = ix.y[i] - py;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2 || (d2 === bestD2 && i < best)) {
        best = i;
        bestD2 = d2;
      }
    }
  };
  const row = (by: number, from: number, to: number) => {
    if (by < 0 || by >= ix.bh) return;
    for (let bx = Math.max(0, from); bx <= Math.min(ix.bw - 1, to); bx++) visit(bx, by);
  };
  const column = (bx: number, from: number, to: number) => {
    if (bx < 0 || bx >= ix.bw) return;
    for (let by = Math.max(0, from); by <= Math.min(ix.bh - 1, to); by++) visit(bx, by);
  };
  // A query outside the grid (a cell far from a small network) starts at the first ring that reaches
  // the grid, and each ring walks only its in-grid buckets: otherwise every far cell would step through
  // thousands of empty rings.
  const first = Math.max(0, -cx, cx - (ix.bw - 1), -cy, cy - (ix.bh - 1));
  const last = first + Math.max(ix.bw, ix.bh);
  for (let r = first; r <= last; r++) {
    if (r === 0) visit(cx, cy);
    else {
      row(cy - r, cx - r, cx + r);
      row(cy + r, cx - r, cx + r);
      column(cx - r, cy - r + 1, cy + r - 1);
      column(cx + r, cy - r + 1, cy + r - 1);
    }
    // Any point in ring r + 1 or beyond is at least r buckets away from the query's bucket edge.
    if (best >= 0 && Math.sqrt(bestD2) < r * ix.bucket) break;
  }
  return { index: best, distance: Math.sqrt(bestD2) };
}
