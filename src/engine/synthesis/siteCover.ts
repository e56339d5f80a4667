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
 *
 * Two targets ask more of the cells. coverageCommunities.all5 counts communities at least
 * COMMUNITY_COVERED_SHARE of whose residents are within reach of all five types: its groups are kept
 * per community, and each community that does not count yet gets what it still misses (communities).
 * coverage.serviceCircles is met when every circle is: one SiteTarget per circle, read at the circle's
 * own reach and types, each asking the threshold of the scope's residents.
 */
import type { Target } from '../scenario';
import { COMMUNITY_COVERED_SHARE } from '../coverage/defaults';
import { firstCovered } from '../coverage/firstCovered';
import { TYPE_CODE, type PreparedCoverage } from '../coverage/prepare';
import { MinHeap } from '../coverage/minHeap';
import { nearest } from '../coverage/nearestIndex';
import { cellWalk } from '../coverage/network';
import { diskSpans, Spans } from '../coverage/tileGrid';
import type { Calibration } from './calibrate';
import { CIRCLES_METRIC, COMMUNITY_METRIC, siteKeyOf, typesOf, type SiteCandidate } from './siteCandidates';

export interface CoverGroup {
  /** residents of the group's cells in the target's year */
  weight: number;
  /** for each type the cells still miss, the candidates that reach them */
  reach: number[][];
}

/** A community that does not count yet (coverageCommunities.all5) and could, with the candidates. */
export interface CommunityNeed {
  /** indices into the target's groups: the community's cells still missing a type */
  groups: number[];
  /** its residents still to be covered for it to count */
  need: number;
}

export interface SiteTarget {
  targetId: string;
  /** index into the horizon's years */
  y: number;
  /** the scope's size in the metric's terms: residents, or for coverageCommunities communities counted */
  residents: number;
  /** residents the threshold asks for beyond those covered already; for coverageCommunities, communities */
  need: number;
  groups: CoverGroup[];
  /** coverageCommunities.all5 alone: the communities that could come to count */
  communities?: CommunityNeed[];
  /** coverage.serviceCircles: the circle the rows are for */
  circle?: string;
}

/**
 * Candidates (indices) that reach each grid slot: within the straight-line radius or, on a walking
 * network, within the walk along it from the node the candidate steps onto (as prepare.ts snaps a
 * planned facility), which only cells inside the walk's own radius can be (network.ts: a walk is never
 * shorter than the straight line). Cells of one slot share its centre, so one cell answers for all.
 */
function reachBySlot(prep: PreparedCoverage, candidates: readonly SiteCandidate[], reach: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const spans = new Spans();
  const walk = prep.network && networkWalk(prep, reach);
  candidates.forEach((s, i) => {
    diskSpans(prep.grid, s.x, s.y, reach, spans);
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
function networkWalk(prep: PreparedCoverage, reach: number): (x: number, y: number) => (slot: number) => boolean {
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
    if (from.index >= 0 && from.distance <= reach) {
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
        if (nd <= reach && nd < dist[w]) {
          if (dist[w] === Infinity) touched.push(w);
          dist[w] = nd;
          heap.push(nd, w);
        }
      }
    }
    return (slot) => {
      const c = cellOf.get(slot);
      return c !== undefined && cellWalk(net, dist, c) <= reach;
    };
  };
}

/** What one target's rows read: the cells' types at a reach, and whether groups are kept per community. */
interface Reading {
  target: Target;
  targetId: string;
  types: number[];
  reach: number;
  byCommunity: boolean;
  circle?: string;
}

function readingsOf(prep: PreparedCoverage, t: Target): Reading[] {
  if (t.metric === CIRCLES_METRIC) {
    return prep.circles.map((c) => ({ target: t, targetId: t.id, types: [...new Set(c.types)].map((type) => TYPE_CODE[type]), reach: c.reach, byCommunity: false, circle: c.id }));
  }
  const key = siteKeyOf(t);
  if (key === null) return [];
  return [{ target: t, targetId: t.id, types: typesOf(key).map((type) => TYPE_CODE[type]), reach: prep.reach, byCommunity: t.metric === COMMUNITY_METRIC }];
}

export function siteTargets(prep: PreparedCoverage, cal: Calibration, candidates: readonly SiteCandidate[], targets: readonly Target[]): SiteTarget[] {
  const bySlotAt = new Map<number, Map<number, number[]>>();
  const bySlotOf = (reach: number) => bySlotAt.get(reach) ?? bySlotAt.set(reach, reachBySlot(prep, candidates, reach)).get(reach)!;
  const first = new Map<string, Uint8Array>();
  const firstOf = (type: number, reach: number) => {
    const id = `${type}@${reach}`;
    return first.get(id) ?? first.set(id, firstCovered(prep, type, cal.years, undefined, undefined, reach)).get(id)!;
  };
  const { cells, slot } = prep;
  const nc = prep.nCommunities;
  const n = cal.keptRun.nEntities;
  const placed = new Float64Array(nc);
  for (let c = 0; c < cells.count; c++) placed[cells.community[c]] += cells.residents[c];
  const out: SiteTarget[] = [];
  for (const { target: t, targetId, types, reach, byCommunity, circle } of targets.flatMap((t) => readingsOf(prep, t))) {
    const y = cal.years.indexOf(t.year);
    const scope = t.scope?.district === undefined ? -1 : cal.districtIds.indexOf(t.scope.district);
    if (y < 0 || (scope < 0 && t.scope?.district !== undefined)) continue;
    const bySlot = bySlotOf(reach);
    const firsts = types.map((type) => firstOf(type, reach));
    const people = (com: number) => cal.keptRun.series.residents[y * n + com];
    // the communities coverage.ts scopeFigures counts: placed on the grid, with residents, in the scope
    const inScope = (com: number) => placed[com] > 0 && people(com) > 0 && (scope < 0 || prep.communityDistrict[com] === scope);
    let residents = 0;
    let communities = 0;
    for (let com = 0; com < nc; com++) if (inScope(com)) (residents += people(com)), communities++;
    const coveredIn = new Float64Array(nc);
    const groups = new Map<string, CoverGroup & { community: number }>();
    // Cells of one slot missing the same types fall in one group (null: a type no candidate brings): found once.
    const groupAt = new Map<string, (CoverGroup & { community: number }) | null>();
    const groupOf = (c: number, mask: number, community: number) => {
      const near = (bySlot.get(slot[c]) ?? []).filter((i) => candidates[i].facility.openingYear <= t.year);
      const reach = types.filter((_, k) => mask & (1 << k)).map((type) => near.filter((i) => candidates[i].type === type));
      if (reach.some((r) => r.length === 0)) return null;
      const id = `${community}:${reach.map((r) => r.join(',')).join('|')}`;
      return groups.get(id) ?? groups.set(id, { weight: 0, reach, community }).get(id)!;
    };
    for (let c = 0; c < cells.count; c++) {
      const com = cells.community[c];
      if (!inScope(com)) continue;
      const w = (cells.residents[c] * people(com)) / placed[com];
      // first covered after the year, or never (NEVER is above every year index)
      let mask = 0;
      for (let k = 0; k < types.length; k++) if (firsts[k][c] > y) mask |= 1 << k;
      if (mask === 0) {
        coveredIn[com] += w;
        continue;
      }
      const part = byCommunity ? com : -1;
      const key = `${slot[c]}:${mask}:${part}`;
      let g = groupAt.get(key);
      if (g === undefined) groupAt.set(key, (g = groupOf(c, mask, part)));
      if (g) g.weight += w;
    }
    const kept = [...groups.values()];
    const coverGroups = kept.map(({ weight, reach }) => ({ weight, reach }));
    if (!byCommunity) {
      const covered = coveredIn.reduce((a, b) => a + b, 0);
      out.push({ targetId, y, residents, need: t.threshold * residents - covered, groups: coverGroups, ...(circle !== undefined && { circle }) });
      continue;
    }
    // A community counts at COMMUNITY_COVERED_SHARE of its residents, with coverage.ts's hair of tolerance.
    const short = (com: number) => COMMUNITY_COVERED_SHARE * people(com) - coveredIn[com];
    let counting = 0;
    for (let com = 0; com < nc; com++) if (inScope(com) && short(com) <= 1e-12 * people(com)) counting++;
    const byCom = new Map<number, number[]>();
    kept.forEach((g, k) => byCom.get(g.community)?.push(k) ?? byCom.set(g.community, [k]));
    const needs: CommunityNeed[] = [];
    for (const [com, ks] of byCom) {
      const need = short(com);
      if (need > 1e-12 * people(com) && ks.reduce((a, k) => a + kept[k].weight, 0) >= need) needs.push({ groups: ks, need });
    }
    out.push({ targetId, y, residents: communities, need: countNeeded(t.threshold, communities) - counting, groups: coverGroups, communities: needs });
  }
  return out;
}

/** Communities that must count for the share to pass targets.ts's test (a share within 1e-9 of the threshold is met). */
function countNeeded(threshold: number, communities: number): number {
  return Math.max(0, Math.ceil((threshold - 1e-9 * Math.max(1, Math.abs(threshold))) * communities - 1e-9));
}
