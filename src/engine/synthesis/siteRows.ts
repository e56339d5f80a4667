/**
 * Facility sites in the programme, as a maximum-coverage model:
 * - open[s][y] = 1 when candidate s is open in year y (binary, never closing again: open[s][y] ≤
 *   open[s][y+1]); a candidate has no column before its earliest year, and none after the last
 *   coverage target, which it could no longer serve (and, where nothing limits its payer, columns in
 *   the target years alone: addSiteColumns);
 * - a site's capital falls in its opening year, its running cost every year from then on
 *   (steps/facilityCharges.ts), to its payer;
 * - per coverage target, a share z ∈ [0, 1] of each group of cells (siteCover.ts), no more than the
 *   candidates open in the target's year that reach the group, for each type it misses; the groups'
 *   residents covered reach what the threshold asks beyond those covered already;
 * - for coverageCommunities.all5, a binary u per community that does not count yet: its groups' residents
 *   covered reach what it still misses for COMMUNITY_COVERED_SHARE when u = 1, and the u reach the
 *   communities the threshold asks beyond those counting already. They meet the rest of the programme
 *   nowhere, so they are chosen with the sites in the sites' stage (siteStage.ts, siteSearch.ts).
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
  /** [candidate][year]: open (1) or not (0), held from a round whose coverage the engine confirmed */
  fixed?: number[][];
}

export interface SiteVars {
  candidates: SiteCandidate[];
  /** [candidate][year]: column, or −1 where it cannot open yet or would serve no target */
  open: number[][];
  /** the payer whose spending each candidate adds to */
  payer: Payer[];
  /**
   * No payer of a site is limited: the sites then meet the rest of the programme only in the objective,
   * so their best choice does not change with the other levers' margins, and a round whose coverage
   * the engine confirmed can hold it.
   */
  separable: boolean;
}

/**
 * limited(p): whether anything but the objective bounds what payer p spends in a year (a fixed budget, a
 * ceiling, budgets that may not fall, its peak as the objective). Where nothing does, opening between
 * two target years is never cheaper than opening in the later one — the same targets served, less
 * running cost — so such a candidate has columns in the target years alone.
 */
export function addSiteColumns(m: LinearModel, choice: SiteChoice, years: readonly number[], defaultPayer: Payer, limited: (p: Payer) => boolean): SiteVars {
  const targetYears = new Set(choice.targets.map((t) => t.y));
  const last = Math.max(-1, ...targetYears);
  const payer = choice.candidates.map((s) => s.facility.payer ?? defaultPayer);
  const open = choice.candidates.map((s, i) => {
    const free = !limited(payer[i]);
    const cols = years.map((year, y) => {
      if (y > last || year < s.facility.openingYear || (free && !targetYears.has(y))) return -1;
      const held = choice.fixed?.[i][y];
      return m.col(`open_${i}_${y}`, held ?? 0, held ?? 1, y === last ? MINOR : 0, true);
    });
    let before = -1;
    for (const c of cols) {
      if (c < 0) continue;
      if (before >= 0) m.row([[before, 1], [c, -1]], -Infinity, 0);
      before = c;
    }
    return cols;
  });
  return { candidates: choice.candidates, open, payer, separable: !payer.some(limited) };
}

/** The sites' spending of a payer in year y, 万元, as terms over the columns. */
export function siteSpending(v: SiteVars, p: Payer, y: number): [number, number][] {
  const terms: [number, number][] = [];
  v.candidates.forEach((s, i) => {
    if (v.payer[i] !== p) return;
    const cols = v.open[i];
    // Open in y: the latest column at or before y (a site open by the last target year stays open).
    const now = cols.findLastIndex((c, k) => c >= 0 && k <= y);
    if (now < 0) return;
    const running = (s.facility.runningCost ?? 0) / WAN;
    const capital = (s.facility.capitalCost ?? 0) / WAN;
    if (running > 0) terms.push([cols[now], running]);
    // It opens, and spends its capital, in the year its column turns to 1.
    if (capital > 0 && now === y) {
      terms.push([cols[y], capital]);
      const before = cols.findLastIndex((c, k) => c >= 0 && k < y);
      if (before >= 0) terms.push([cols[before], -capital]);
    }
  });
  return terms;
}

/** The rows of one coverage target: nothing when the plan covers enough already. */
export function addCoverageRows(m: LinearModel, v: SiteVars, t: SiteTarget, group: number, margin: number): void {
  const need = t.need + margin;
  if (need <= 0) return;
  const id = t.circle === undefined ? t.targetId : `${t.targetId}_${t.circle}`;
  const terms: [number, number][] = t.groups.map((g, k) => {
    const z = m.col(`z_${id}_${k}`, 0, 1);
    for (const reach of g.reach) m.row([[z, 1], ...reach.map((i): [number, number] => [v.open[i][t.y], -1])], -Infinity, 0, group);
    return [z, g.weight];
  });
  if (!t.communities) {
    m.row(terms, need, Infinity, group);
    return;
  }
  const counts = t.communities.map((c, k): [number, number] => {
    const u = m.col(`u_${id}_${k}`, 0, 1, 0, true);
    m.row([...c.groups.map((g) => terms[g]), [u, -c.need]], 0, Infinity, group);
    // A group the community cannot count without (the rest weigh less than it misses) is covered when it counts:
    // true of every plan with whole openings, it keeps the LP from counting a community at 10/9 of a share.
    const total = c.groups.reduce((s, g) => s + terms[g][1], 0);
    for (const g of c.groups) if (total - terms[g][1] < c.need * (1 - 1e-9)) m.row([[u, 1], [terms[g][0], -1]], -Infinity, 0, group);
    return [u, 1];
  });
  m.row(counts, need, Infinity, group);
}
