/**
 * A choice of sites from the LP relaxation of the sites' programme (siteStage.ts): every opening the LP
 * takes even in part is rounded up — which keeps every residents row (a share z is bounded by openings
 * that only grew, and openings never close again) — then openings are dropped, the dearest first, while
 * every coverage row still holds, and one opening at a time is swapped for the cheapest one that keeps
 * them holding, until no swap saves anything. The programme's rows are those siteRows.ts writes: a share
 * z no more than the openings that reach it (one row per type it misses), openings that never close,
 * and per target the residents covered reaching what it asks — or, for communities counted, per
 * community its residents covered reaching what it misses when its binary u is 1, and the u reaching
 * the count asked (and u no more than the share of a group it cannot count without).
 *
 * A community counts here when its residents covered reach what it misses (its u is then 1). Rounding
 * up does not bring a count along (the LP may cover a fifth of five communities for one), so while a
 * count is short the communities the LP took most of (largest u) are brought to count one by one, each
 * of their groups still short of a type given the cheapest opening that reaches it, heaviest group
 * first; the dropping and swapping then undo what the others cover already.
 */
import type { LinearModel } from './model';

/** an opening the LP takes to at least this much is rounded up */
const TAKEN = 1e-6;
/** most rounds of swaps: each round tries every opening once */
const ROUNDS = 5;

const within = (v: number, need: number) => v >= need - 1e-9 * Math.max(1, Math.abs(need));

export function searchSites(m: LinearModel, lp: readonly number[]): Uint8Array | null {
  const n = m.cols.length;
  const cost = m.cols.map((c) => c.cost);
  const earlier = new Int32Array(n).fill(-1);
  const later = new Int32Array(n).fill(-1);
  // the community binaries: integer columns in a row with a lower bound
  const isU = new Uint8Array(n);
  for (const r of m.rows) if (r.lower > -Infinity) for (const c of r.cols) if (m.cols[c].integer) isU[c] = 1;
  // per opening, the z rows it is in; per z row, its share and openings; per share, its z rows and its coverage rows
  const rowsOf: number[][] = m.cols.map(() => []);
  const shareOf: number[] = [];
  const reachOf: number[][] = [];
  const zRowsOf: number[][] = m.cols.map(() => []);
  const coverOf: [number, number][][] = m.cols.map(() => []);
  // per coverage row: what it asks (residents; for a community, what it misses), its shares, and the count it adds to (−1 for none)
  const need: number[] = [];
  const sharesOf: [number, number][][] = [];
  const tally: number[] = [];
  const rowOfU = new Int32Array(n).fill(-1);
  const asked: number[] = [];
  const countRows: number[][] = [];
  for (const r of m.rows) {
    if (r.lower > -Infinity && r.cols.every((c) => isU[c])) {
      countRows.push(r.cols);
      asked.push(r.lower);
    } else if (r.lower > -Infinity) {
      const k = tally.push(-1) - 1;
      const u = r.cols.findIndex((c) => isU[c]);
      need.push(u < 0 ? r.lower : -r.vals[u]);
      if (u >= 0) rowOfU[r.cols[u]] = k;
      sharesOf.push([]);
      r.cols.forEach((c, j) => {
        if (j === u) return;
        coverOf[c].push([k, r.vals[j]]);
        sharesOf[k].push([c, r.vals[j]]);
      });
    } else if (isU[r.cols[0]]) {
      // a community's u no more than a group it cannot count without: so it is, when it counts here
      continue;
    } else if (m.cols[r.cols[0]].integer) {
      earlier[r.cols[1]] = r.cols[0];
      later[r.cols[0]] = r.cols[1];
    } else {
      const z = r.cols[0];
      const k = shareOf.push(z) - 1;
      reachOf.push(r.cols.slice(1));
      zRowsOf[z].push(k);
      for (const c of reachOf[k]) rowsOf[c].push(k);
    }
  }
  countRows.forEach((us, j) => us.forEach((u) => (tally[rowOfU[u]] = j)));
  const covered = new Float64Array(need.length);
  const met = need.map((v) => within(0, v));
  const metIn = asked.map((_, j) => countRows[j].filter((u) => met[rowOfU[u]]).length);
  // coverage rows short, and count rows short: the choice holds when there are none
  let failing = need.filter((_, k) => tally[k] < 0 && !met[k]).length + asked.filter((a, j) => !within(metIn[j], a)).length;
  const add = (k: number, w: number) => {
    covered[k] += w;
    const now = within(covered[k], need[k]);
    if (now === met[k]) return;
    met[k] = now;
    const j = tally[k];
    if (j < 0) {
      failing += now ? -1 : 1;
      return;
    }
    const was = within(metIn[j], asked[j]);
    metIn[j] += now ? 1 : -1;
    const is = within(metIn[j], asked[j]);
    if (was !== is) failing += is ? -1 : 1;
  };
  const count = new Int32Array(shareOf.length);
  const missing = Int32Array.from(zRowsOf, (rows) => rows.length);
  const x = new Uint8Array(n);
  const open = (c: number) => {
    x[c] = 1;
    for (const k of rowsOf[c]) if (count[k]++ === 0 && --missing[shareOf[k]] === 0) for (const [t, w] of coverOf[shareOf[k]]) add(t, w);
  };
  const close = (c: number) => {
    x[c] = 0;
    for (const k of rowsOf[c]) if (--count[k] === 0 && missing[shareOf[k]]++ === 0) for (const [t, w] of coverOf[shareOf[k]]) add(t, -w);
  };
  const holds = () => failing === 0;
  // shares every row of which is already met (no type missing) count from the start
  for (let z = 0; z < n; z++) if (!m.cols[z].integer && missing[z] === 0) for (const [t, w] of coverOf[z]) add(t, w);
  const openings = m.cols.flatMap((c, j) => (c.integer && !isU[j] ? [j] : []));
  for (const c of openings) if (lp[c] >= TAKEN) open(c);
  // An opening before a target's year stays open to it: opening one opens those after it.
  const chainCost = (c: number): number => (c < 0 || x[c] ? 0 : cost[c] + chainCost(later[c]));
  const openChain = (c: number) => {
    for (let d = c; d >= 0 && !x[d]; d = later[d]) open(d);
  };
  countRows.forEach((us, j) => {
    const byLp = [...us].sort((a, b) => lp[b] - lp[a] || a - b);
    for (const u of byLp) {
      if (within(metIn[j], asked[j])) break;
      const k = rowOfU[u];
      const shares = [...sharesOf[k]].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      for (const [z] of shares) {
        if (met[k]) break;
        for (const r of zRowsOf[z]) {
          if (count[r] > 0) continue;
          const best = reachOf[r].reduce((b, c) => (b < 0 || chainCost(c) < chainCost(b) || (chainCost(c) === chainCost(b) && c < b) ? c : b), -1);
          if (best >= 0) openChain(best);
        }
      }
    }
  });
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
