/**
 * Facility sites chosen on their own, when they meet the rest of the programme only in the objective
 * (SiteVars.separable): the sites' part of the programme — their columns, each costing what it adds to
 * the objective through its payer's budgets, the coverage rows and the communities' binaries — is solved
 * as a linear programme, its openings rounded up and improved by local search (siteSearch.ts), and the LP's objective bounds
 * what any choice of sites can cost. The rest of the programme is then solved with the sites held.
 * Branch and bound on the sites' part (HiGHS's, started from the rounded choice) runs only when the
 * rounded choice is not close enough to the bound, or when the sites' part is small enough to solve
 * outright (so that small cases get the exact optimum); with communities counted, on a small part alone.
 */
import type { Payer } from '../scenario';
import type { Calibration } from './calibrate';
import type { Formulation, Margins } from './formulate';
import { LinearModel, type Solver } from './model';
import { addCoverageRows, addSiteColumns, type SiteChoice } from './siteRows';
import { searchSites } from './siteSearch';

/** a sites' part with at most this many openings goes to branch and bound outright */
export const SMALL_SITE_MODEL = 200;

export interface SiteStage {
  /** [candidate][year]: open (1) or not (0), as SiteChoice.fixed */
  fixed: number[][];
  /** what the chosen sites add to the objective, 万元 */
  cost: number;
  /** the least the sites could add, 万元 (the LP's objective, or branch and bound's proved bound) */
  bound: number;
  /** branch and bound has been run on the sites' part to close the gap: running it again would not */
  closed?: boolean;
}

export interface SiteStageOptions {
  /** branch and bound may stop once its choice is within this much of the best (万元); it does not run when the rounded choice already is */
  absoluteGap?: number;
  timeLimitSeconds?: number;
  /** a choice found before, to improve on */
  from?: SiteStage;
}

/** The sites' part of a formulation whose sites are separable, as a programme of its own, its openings indexed like the formulation's. */
function siteModel(f: Formulation, choice: SiteChoice, years: readonly number[], margins: Margins): { model: LinearModel; open: number[][] } {
  const full = f.model;
  const sites = f.vars.sites!;
  // What one more unit of a column adds to the objective: its own cost, and its share of each free budget it raises.
  const cost = new Map<number, number>();
  for (const cols of sites.open) for (const c of cols) if (c >= 0) cost.set(c, full.cols[c].cost);
  for (const [p, rows] of Object.entries(f.budgetRows) as [Payer, number[]][]) {
    const budget = f.vars.budget[p];
    if (!budget) continue;
    rows.forEach((r, y) => {
      const row = full.rows[r];
      row.cols.forEach((c, k) => {
        const was = cost.get(c);
        if (was !== undefined) cost.set(c, was + row.vals[k] * full.cols[budget[y]].cost);
      });
    });
  }
  const m = new LinearModel();
  // Nothing limits the sites' payers (they are separable), so which payer is the default does not matter here.
  const v = addSiteColumns(m, { ...choice, fixed: undefined }, years, 'city', () => false);
  v.open.forEach((cols, i) => cols.forEach((c, y) => c >= 0 && (m.cols[c].cost = cost.get(sites.open[i][y])!)));
  for (const t of choice.targets) addCoverageRows(m, v, t, -1, margins.target.get(t.targetId) ?? 0);
  return { model: m, open: v.open };
}

export function chooseSites(f: Formulation, choice: SiteChoice, cal: Calibration, margins: Margins, solver: Solver, o: SiteStageOptions = {}): SiteStage | null {
  const { model, open } = siteModel(f, choice, cal.years, margins);
  const fixedOf = (x: ArrayLike<number>) => open.map((cols) => cols.map((c) => (c < 0 ? 0 : Math.round(x[c]))));
  const costOf = (x: ArrayLike<number>) => model.cols.reduce((s, c, j) => s + c.cost * x[j], 0);
  let found = o.from;
  let start: number[] | undefined;
  if (!found) {
    const lp = solver.solve(model, { relaxed: true, timeLimitSeconds: o.timeLimitSeconds });
    if (lp.status !== 'optimal') return null;
    const x = searchSites(model, lp.x);
    if (x) found = { fixed: fixedOf(x), cost: costOf(x), bound: lp.objective };
  }
  if (found) start = startOf(model, open, found.fixed);
  const small = model.integers <= SMALL_SITE_MODEL;
  if (found && !small && (o.absoluteGap === undefined || found.cost - found.bound <= o.absoluteGap)) return found;
  // With communities counted, branch and bound on a larger part spends minutes on its first node alone: the rounded choice stands, against the LP's bound.
  if (!small && choice.targets.some((t) => t.communities)) return found ? { ...found, closed: true } : null;
  const mip = solver.solve(model, { start, absoluteGap: small ? undefined : o.absoluteGap, timeLimitSeconds: o.timeLimitSeconds });
  if (mip.status !== 'optimal') return found ? { ...found, closed: true } : null;
  const cost = costOf(mip.x);
  const bound = Math.max(found?.bound ?? -Infinity, mip.bound ?? -Infinity);
  return found && found.cost <= cost ? { ...found, bound, closed: true } : { fixed: fixedOf(mip.x), cost, bound, closed: true };
}

/** A full solution of the sites' programme from a choice of openings (every share z as large as its rows let it be). */
function startOf(model: LinearModel, open: number[][], fixed: number[][]): number[] {
  const x = new Array<number>(model.cols.length).fill(0);
  open.forEach((cols, i) => cols.forEach((c, y) => c >= 0 && (x[c] = fixed[i][y])));
  const z = new Array<number>(model.cols.length).fill(1);
  for (const r of model.rows) {
    if (r.upper !== 0 || r.vals[0] !== 1 || model.cols[r.cols[0]].integer) continue;
    const reached = r.cols.slice(1).reduce((s, c) => s + x[c], 0);
    z[r.cols[0]] = Math.min(z[r.cols[0]], reached);
  }
  const out = x.map((v, j) => (model.cols[j].integer ? v : Math.min(1, z[j])));
  // a community counts (its u is 1) when its residents covered reach what it misses: the row's one integer column, of weight −need
  for (const r of model.rows) {
    const k = r.lower > -Infinity ? r.cols.findIndex((c) => model.cols[c].integer) : -1;
    if (k < 0 || r.vals[k] >= 0) continue;
    const reached = r.cols.reduce((s, c, j) => (j === k ? s : s + r.vals[j] * out[c]), 0);
    out[r.cols[k]] = reached >= -r.vals[k] * (1 - 1e-9) ? 1 : 0;
  }
  return out;
}
