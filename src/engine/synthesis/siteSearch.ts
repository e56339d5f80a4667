/**
 * A choice of sites from the LP relaxation of the sites' programme (siteStage.ts): every opening the LP
 * takes even in part is rounded up — which keeps every row (a share z is bounded by openings that only
 * grew, and openings never close again) — then openings are dropped, the dearest first, while every
 * coverage row still holds, and one opening at a time is swapped for the cheapest one that keeps them
 * holding, until no swap saves anything. The programme's rows are those siteRows.ts writes: a share z
 * no more than the openings that reach it (one row per type it misses), openings that never close,
 * and per target the residents covered reaching what it asks.
 */
import type { LinearModel } from './model';

/** an opening the LP takes to at least this much is rounded up */
const TAKEN = 1e-6;
/** most rounds of swaps: each round tries every opening once */
const ROUNDS = 5;

export function searchSites(m: LinearModel, lp: readonly number[]): Uint8Array | null {
  const n = m.cols.length;
  const cost = m.cols.map((c) => c.cost);
  const earlier = new Int32Array(n).fill(-1);
  const later = new Int32Array(n).fill(-1);
  // per opening, the z rows it is in; per z row, its share; per share, its z rows and its coverage rows
  const rowsOf: number[][] = m.cols.map(() => []);
  const shareOf: number[] = [];
  const zRows = new Int32Array(n);
  const coverOf: [number, number][][] = m.cols.map(() => []);
  const need: number[] = [];
  for (const r of m.rows) {
    if (r.lower > -Infinity) {
      const k = need.push(r.lower) - 1;
      r.cols.forEach((c, j) => coverOf[c].push([k, r.vals[j]]));
    } else if (m.cols[r.cols[0]].integer) {
      earlier[r.cols[1]] = r.cols[0];
      later[r.cols[0]] = r.cols[1];
    } else {
      const z = r.cols[0];
      const k = shareOf.push(z) - 1;
      zRows[z]++;
      for (const c of r.cols.slice(1)) rowsOf[c].push(k);
    }
  }
  const count = new Int32Array(shareOf.length);
  const missing = Int32Array.from(zRows);
  const covered = new Float64Array(need.length);
  const x = new Uint8Array(n);
  const open = (c: number) => {
    x[c] = 1;
    for (const k of rowsOf[c]) if (count[k]++ === 0 && --missing[shareOf[k]] === 0) for (const [t, w] of coverOf[shareOf[k]]) covered[t] += w;
  };
  const close = (c: number) => {
    x[c] = 0;
    for (const k of rowsOf[c]) if (--count[k] === 0 && missing[shareOf[k]]++ === 0) for (const [t, w] of coverOf[shareOf[k]]) covered[t] -= w;
  };
  // shares every row of which is already met (no type missing) count from the start
  for (let z = 0; z < n; z++) if (!m.cols[z].integer && missing[z] === 0) for (const [t, w] of coverOf[z]) covered[t] += w;
  const holds = () => need.every((v, t) => covered[t] >= v - 1e-9 * Math.max(1, Math.abs(v)));
  const openings = m.cols.flatMap((c, j) => (c.integer ? [j] : []));
  for (const c of openings) if (lp[c] >= TAKEN) open(c);
  if (!holds()) return null;
  const canClose = (c: number) => x[c] === 1 && (earlier[c] < 0 || x[earlier[c]] === 0);
  const canOpen = (c: number) => x[c] === 0 && (later[c] < 0 || x[later[c]] === 1);
  const dearestFirst = () => openings.filter((c) => x[c] === 1).sort((a, b) => cost[b] - cost[a] || a - b);
  const cheapestFirst = [...openings].sort((a, b) => cost[a] - cost[b] || a - b);
  for (let round = 0; round < ROUNDS; round++) {
    let saved = false;
    for (const c of dearestFirst()) {
      if (!canClose(c) || cost[c] <= 0) continue;
      close(c);
      if (holds()) {
        saved = true;
        continue;
      }
      const swap = cheapestFirst.find((d) => {
        if (cost[d] >= cost[c]) return true;
        if (d === c || !canOpen(d)) return false;
        open(d);
        const ok = holds();
        close(d);
        return ok;
      });
      if (swap !== undefined && cost[swap] < cost[c]) {
        open(swap);
        saved = true;
      } else open(c);
    }
    if (!saved) break;
  }
  return x;
}
