/**
 * What the candidate sites can do for each coverage target, in the terms coverage() counts: every
 * populated cell weighs its community's residents in the target's year spread over the community's
 * cells (coverage.ts scopeFigures), is covered already when the facilities the plan has reach it for
 * every type of the target's key, and otherwise can be covered by the candidates whose disc reaches it,
 * one of each type it still misses. Cells with the same missing types reached by the same candidates
 * are one group, so the programme has a column per group, not per cell.
 *
 * A candidate reaches what the engine's coverage would give it once planned: the grid's own disc at the
 * location as stored, or on a walking network the walk from the node it steps onto; so the programme's
 * coverage is the engine's, and a margin after verification is only a guard.
 */
import type { Target } from '../scenario';
import { firstCovered } from '../coverage/firstCovered';
import { TYPE_CODE, type PreparedCoverage } from '../coverage/prepare';
import { MinHeap } from '../coverage/minHeap';
import { nearest } from '../coverage/nearestIndex';
import { cellWalk } from '../coverage/network';
import { diskSpans, Spans } from '../coverage/tileGrid';
import type { Calibration } from './calibrate';
import { siteKeyOf, typesOf, type SiteCandidate } from './siteCandidates';

export interface CoverGroup {
  /** residents of the group's cells in the target's year */
  weight: number;
  /** for each type the cells still miss, the candidates that reach them */
  reach: number[][];
}

export interface SiteTarget {
  targetId: string;
  /** index into the horizon's years */
  y: number;
  /** residents of the scope in the year */
  residents: number;
  /** residents the threshold asks for beyond those covered already */
  need: number;
  groups: CoverGroup[];
}

/**
 * Candidates (indices) that reach each grid slot: within the straight-line radius or, on a walking
 * network, within the walk along it from the node the candidate steps onto (as prepare.ts snaps a
 * planned facility), which only cells inside the walk's own radius can be (network.ts: a walk is never
 * shorter than the straight line). Cells of one slot share its centre, so one cell answers for all.
 */
function reachBySlot(prep: PreparedCoverage, candidates: readonly SiteCandidate[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const spans = new Spans();
  const net = prep.network;
  const walk = net && networkWalk(prep);
  candidates.forEach((s, i) => {
    diskSpans(prep.grid, s.x, s.y, net ? prep.reach : prep.straightReach, spans);
    const reaches = walk?.(s.x, s.y);
    for (let k = 0; k < spans.count; k++) {
      for (let slot = spans.from[k]; slot < spans.to[k]; slot++) {
        if (reaches && !reaches(slot)) continue;
        const list = out.get(slot);
        if (list) list.push(i);
        else out.set(slot, [i]);
      }
    }
  });
  return out;
}

/** For a place: which slots its walk reaches on the network, by a Dijkstra that stops at the walk's length. */
function networkWalk(prep: PreparedCoverage): (x: number, y: number) => (slot: number) => boolean {
  const net = prep.network!;
  const cellOf = new Map<number, number>();
  for (let c = 0; c < prep.cells.count; c++) if (!cellOf.has(prep.slot[c])) cellOf.set(prep.slot[c], c);
  const dist = new Float64Array(net.nodes).fill(Infinity);
  const heap = new MinHeap();
  let touched: number[] = [];
  return (x, y) => {
    for (const v of touched) dist[v] = Infinity;
    touched = [];
    const from = nearest(net.nodeIndex, x, y);
    if (from.index >= 0 && from.distance <= prep.reach) {
      dist[from.index] = from.distance;
      touched.push(from.index);
      heap.push(from.distance, from.index);
    }
    while (heap.size > 0) {
      const d = heap.peekKey();
      const v = heap.peekValue();
      heap.pop();
      if (d > dist[v]) continue;
      for (let k = net.start[v]; k < net.start[v + 1]; k++) {
        const w = net.adjacency[k];
        const nd = d + net.length[k];
        if (nd <= prep.reach && nd < dist[w]) {
          if (dist[w] === Infinity) touched.push(w);
          dist[w] = nd;
          heap.push(nd, w);
        }
      }
    }
    return (slot) => {
      const c = cellOf.get(slot);
      return c !== undefined && cellWalk(net, dist, c) <= prep.reach;
    };
  };
}

export function siteTargets(prep: PreparedCoverage, cal: Calibration, candidates: readonly SiteCandidate[], targets: readonly Target[]): SiteTarget[] {
  const bySlot = reachBySlot(prep, candidates);
  const first = new Map<number, Uint8Array>();
  const firstOf = (type: number) => first.get(type) ?? first.set(type, firstCovered(prep, type, cal.years)).get(type)!;
  const { cells, slot } = prep;
  const nc = prep.nCommunities;
  const n = cal.keptRun.nEntities;
  const placed = new Float64Array(nc);
  for (let c = 0; c < cells.count; c++) placed[cells.community[c]] += cells.residents[c];
  const out: SiteTarget[] = [];
  for (const t of targets) {
    const key = siteKeyOf(t);
    const y = cal.years.indexOf(t.year);
    const scope = t.scope?.district === undefined ? -1 : cal.districtIds.indexOf(t.scope.district);
    if (key === null || y < 0 || (scope < 0 && t.scope?.district !== undefined)) continue;
    const types = typesOf(key).map((type) => TYPE_CODE[type]);
    const firsts = types.map(firstOf);
    const people = (com: number) => cal.keptRun.series.residents[y * n + com];
    const inScope = (com: number) => placed[com] > 0 && people(com) > 0 && (scope < 0 || prep.communityDistrict[com] === scope);
    let residents = 0;
    for (let com = 0; com < nc; com++) if (inScope(com)) residents += people(com);
    let covered = 0;
    const groups = new Map<string, CoverGroup>();
    // Cells of one slot missing the same types fall in one group (null: a type no candidate brings): found once.
    const groupAt = new Map<number, CoverGroup | null>();
    const groupOf = (c: number, mask: number): CoverGroup | null => {
      const near = (bySlot.get(slot[c]) ?? []).filter((i) => candidates[i].facility.openingYear <= t.year);
      const reach = types.filter((_, k) => mask & (1 << k)).map((type) => near.filter((i) => candidates[i].type === type));
      if (reach.some((r) => r.length === 0)) return null;
      const id = reach.map((r) => r.join(',')).join('|');
      return groups.get(id) ?? groups.set(id, { weight: 0, reach }).get(id)!;
    };
    for (let c = 0; c < cells.count; c++) {
      const com = cells.community[c];
      if (!inScope(com)) continue;
      const w = (cells.residents[c] * people(com)) / placed[com];
      // first covered after the year, or never (NEVER is above every year index)
      let mask = 0;
      for (let k = 0; k < types.length; k++) if (firsts[k][c] > y) mask |= 1 << k;
      if (mask === 0) {
        covered += w;
        continue;
      }
      const key = slot[c] * 32 + mask;
      let g = groupAt.get(key);
      if (g === undefined) groupAt.set(key, (g = groupOf(c, mask)));
      if (g) g.weight += w;
    }
    out.push({ targetId: t.id, y, residents, need: t.threshold * residents - covered, groups: [...groups.values()] });
  }
  return out;
}
