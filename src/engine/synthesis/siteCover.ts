/**
 * What the candidate sites can do for each coverage target, in the terms coverage() counts: every
 * populated cell weighs its community's residents in the target's year spread over the community's
 * cells (coverage.ts scopeFigures), is covered already when the facilities the plan has reach it for
 * every type of the target's key, and otherwise can be covered by the candidates whose disc reaches it,
 * one of each type it still misses. Cells with the same missing types reached by the same candidates
 * are one group, so the programme has a column per group, not per cell.
 *
 * Straight line: a candidate's disc is the grid's own (diskSpans at the location as stored), so the
 * programme's coverage is the engine's. On a walking network a new site's reach is the straight-line
 * radius (as in suggestSites.ts); the engine's verification settles the difference.
 */
import type { Target } from '../scenario';
import { firstCovered } from '../coverage/firstCovered';
import { TYPE_CODE, type PreparedCoverage } from '../coverage/prepare';
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

/** Candidates (indices) whose disc reaches each grid slot. */
function reachBySlot(prep: PreparedCoverage, candidates: readonly SiteCandidate[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const spans = new Spans();
  candidates.forEach((s, i) => {
    diskSpans(prep.grid, s.x, s.y, prep.straightReach, spans);
    for (let k = 0; k < spans.count; k++) {
      for (let slot = spans.from[k]; slot < spans.to[k]; slot++) {
        const list = out.get(slot);
        if (list) list.push(i);
        else out.set(slot, [i]);
      }
    }
  });
  return out;
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
    for (let c = 0; c < cells.count; c++) {
      const com = cells.community[c];
      if (!inScope(com)) continue;
      const w = (cells.residents[c] * people(com)) / placed[com];
      // first covered after the year, or never (NEVER is above every year index)
      const missing = types.filter((_, k) => firsts[k][c] > y);
      if (missing.length === 0) {
        covered += w;
        continue;
      }
      const near = (bySlot.get(slot[c]) ?? []).filter((i) => candidates[i].facility.openingYear <= t.year);
      const reach = missing.map((type) => near.filter((i) => candidates[i].type === type));
      if (reach.some((r) => r.length === 0)) continue;
      const id = reach.map((r) => r.join(',')).join('|');
      const g = groups.get(id);
      if (g) g.weight += w;
      else groups.set(id, { weight: w, reach });
    }
    out.push({ targetId: t.id, y, residents, need: t.threshold * residents - covered, groups: [...groups.values()] });
  }
  return out;
}
