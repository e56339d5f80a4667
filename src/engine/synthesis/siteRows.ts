/**
 * Facility sites in the programme, as a maximum-coverage model:
 * - open[s][y] = 1 when candidate s is open in year y (binary, never closing again: open[s][y] ≤
 *   open[s][y+1]); a candidate has no column before its earliest year, and none after the last
 *   coverage target, which it could no longer serve;
 * - a site's capital falls in its opening year, its running cost every year from then on
 *   (steps/facilityCharges.ts), to its payer;
 * - per coverage target, a share z ∈ [0, 1] of each group of cells (siteCover.ts), no more than the
 *   candidates open in the target's year that reach the group, for each type it misses; the groups'
 *   residents covered reach what the threshold asks beyond those covered already.
 */
import type { Payer } from '../scenario';
import type { LinearModel } from './model';
import type { SiteCandidate } from './siteCandidates';
import type { SiteTarget } from './siteCover';

const WAN = 1e4;
/** a site that serves nothing costs this much more than none, so that ties open no extra site */
const MINOR = 1e-4;

export interface SiteChoice {
  candidates: SiteCandidate[];
  targets: SiteTarget[];
}

export interface SiteVars {
  candidates: SiteCandidate[];
  /** [candidate][year]: column, or −1 where it cannot open yet or would serve no target */
  open: number[][];
  /** the payer whose spending each candidate adds to */
  payer: Payer[];
}

export function addSiteColumns(m: LinearModel, choice: SiteChoice, years: readonly number[], defaultPayer: Payer): SiteVars {
  const last = Math.max(-1, ...choice.targets.map((t) => t.y));
  const open = choice.candidates.map((s, i) => {
    const cols = years.map((year, y) => (y <= last && year >= s.facility.openingYear ? m.col(`open_${i}_${y}`, 0, 1, y === last ? MINOR : 0, true) : -1));
    cols.forEach((c, y) => {
      if (c >= 0 && y > 0 && cols[y - 1] >= 0) m.row([[cols[y - 1], 1], [c, -1]], -Infinity, 0);
    });
    return cols;
  });
  return { candidates: choice.candidates, open, payer: choice.candidates.map((s) => s.facility.payer ?? defaultPayer) };
}

/** The sites' spending of a payer in year y, 万元, as terms over the columns. */
export function siteSpending(v: SiteVars, p: Payer, y: number): [number, number][] {
  const terms: [number, number][] = [];
  v.candidates.forEach((s, i) => {
    const cols = v.open[i];
    const first = cols.findIndex((c) => c >= 0);
    if (v.payer[i] !== p || first < 0 || y < first) return;
    const last = cols.findLastIndex((c) => c >= 0);
    const capital = (s.facility.capitalCost ?? 0) / WAN;
    const running = (s.facility.runningCost ?? 0) / WAN;
    // A site open by the last target year stays open; it opens (and spends its capital) in the year its column turns to 1.
    if (running > 0) terms.push([cols[Math.min(y, last)], running]);
    if (capital > 0 && y <= last) {
      terms.push([cols[y], capital]);
      if (y > first) terms.push([cols[y - 1], -capital]);
    }
  });
  return terms;
}

/** The rows of one coverage target: nothing when the plan covers enough already. */
export function addCoverageRows(m: LinearModel, v: SiteVars, t: SiteTarget, group: number, margin: number): void {
  const need = t.need + margin;
  if (need <= 0) return;
  const terms: [number, number][] = t.groups.map((g, k) => {
    const z = m.col(`z_${t.targetId}_${k}`, 0, 1);
    for (const reach of g.reach) m.row([[z, 1], ...reach.map((i): [number, number] => [v.open[i][t.y], -1])], -Infinity, 0, group);
    return [z, g.weight];
  });
  m.row(terms, need, Infinity, group);
}
