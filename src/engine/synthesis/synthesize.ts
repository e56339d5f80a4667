/**
 * Plan synthesis: the least-cost levers that meet the chosen targets. The programme is a linear
 * reading of the engine's rules (formulate.ts); its plan is then run by the engine itself and
 * accepted only when every chosen verdict is met. Where the reading was too loose (whole workers,
 * leavers carried year to year, hires shared out in proportion to gaps), the failed targets' rows and
 * the short payers' budgets get a margin and the programme is solved again.
 */
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import type { Scenario } from '../scenario';
import { evaluateTargets } from '../targets';
import type { Verdict } from '../verdict';
import { applyPlan, planOf, type SynthesizedPlan } from './apply';
import { calibrate } from './calibrate';
import { conflictOf } from './conflict';
import { engineRuns } from './engineRuns';
import { limitValues, type LimitValue } from './duals';
import { formulate, noMargins, type Formulation, type Margins } from './formulate';
import { leadTimeBasis, type LeadTimeBasis } from './leadTime';
import type { Group, Solver } from './model';
import { DEFAULT_ROUNDS, RELATIVE_GAP, type Objective, type SynthesisOptions } from './options';
import { siteChoiceOf } from './siteChoice';
import type { SiteChoice, SiteVars } from './siteRows';
import { chooseSites, type SiteStage } from './siteStage';
import { chosenTargets } from './targetRows';

export type SynthesisStatus = 'accepted' | 'notVerified' | 'infeasible' | 'solverLimit' | 'tooLarge';

export interface SynthesisResult {
  status: SynthesisStatus;
  objective: Objective;
  size: { rows: number; cols: number; integers: number };
  /** solves of the programme, each followed by a run of the engine */
  rounds: number;
  /** the objective at the accepted (or last) plan, yuan */
  cost: number | null;
  /** how much more the plan may cost than the best the programme allows, yuan, as the solver proved it (null when it proved no bound) */
  gap: number | null;
  plan: SynthesizedPlan | null;
  scenario: Scenario | null;
  /** the engine's verdicts on the chosen targets, for the last plan run */
  verdicts: Verdict[];
  /** chosen targets the programme expresses, and those only the engine's verification checks */
  modelled: string[];
  unmodelled: string[];
  /** when infeasible: the targets and limits that cannot all hold */
  conflict: Group[] | null;
  limitValues: LimitValue[] | null;
  /** what leadTimeValues() needs to value a year of building lead time, asked for once the plan is shown (null when no start is a lever) */
  leadTimeBasis: LeadTimeBasis | null;
  ms: { solve: number; verify: number };
}

const now = () => performance.now();

export function synthesize(scenario: Scenario, solver: Solver, options: SynthesisOptions = {}, onRound?: (round: number) => void): SynthesisResult {
  const objective = options.objective ?? { kind: 'total' };
  const targets = chosenTargets(scenario, options);
  const cal = calibrate(scenario, options.freeBuilding !== false);
  const margins = noMargins(cal.years.length);
  // Coverage moves with the sites alone: the engine computes it only when a chosen target asks.
  const runOf = engineRuns(scenario, targets.some((t) => t.metric.startsWith('coverage')));
  const ms = { solve: 0, verify: 0 };
  const maxRounds = options.maxRounds ?? DEFAULT_ROUNDS;
  let t = now();
  let sites = options.freeSites ? siteChoiceOf(scenario, cal, targets, options.siteSource) : null;
  ms.solve += now() - t;
  let result: SynthesisResult | null = null;
  // Each round's plan starts the next: the columns are the same, only margins move.
  let start: number[] | undefined;
  let stage: SiteStage | null = null;
  // Margins only tighten the programme, so a bound proved in one round holds in every later one.
  let lower = -Infinity;
  let size: SynthesisResult['size'] | undefined;
  for (let round = 1; round <= maxRounds; round++) {
    onRound?.(round);
    t = now();
    let f = formulate(scenario, cal, options, margins, sites);
    // The programme's size as a whole: with held sites a round solves less of it.
    if (!sites?.fixed || !size) size = { rows: f.model.rows.length, cols: f.model.cols.length, integers: f.model.integers };
    const base = { objective, size: size!, rounds: round, modelled: f.modelled, unmodelled: f.unmodelled, ms };
    const none = { cost: null, gap: null, plan: null, scenario: null, verdicts: [], conflict: null, limitValues: null, leadTimeBasis: null };
    if (size.cols > (options.maxColumns ?? Infinity)) return { ...base, ...none, status: 'tooLarge' };
    if (sites && !sites.fixed && f.vars.sites?.separable) {
      stage = chooseSites(f, sites, cal, margins, solver, { timeLimitSeconds: options.timeLimitSeconds });
      if (stage) {
        sites = { ...sites, fixed: stage.fixed };
        f = formulate(scenario, cal, options, margins, sites);
        start = undefined;
      }
    }
    // With the sites' choice short of proved best, the rest is solved to a quarter of the allowance, leaving the sites the rest of it.
    const byStage = stage !== null && sites?.fixed === stage.fixed;
    const relativeGap = byStage && stage!.cost > stage!.bound ? RELATIVE_GAP / 4 : undefined;
    let solution = solver.solve(f.model, { timeLimitSeconds: options.timeLimitSeconds, start, relativeGap });
    // Still not proved close enough: branch and bound closes the sites' share of the gap, once per choice.
    const allowed = () => RELATIVE_GAP * Math.abs(solution.objective) - (solution.objective - (solution.bound ?? -Infinity));
    if (sites && stage && byStage && !stage.closed && solution.status === 'optimal' && stage.cost - stage.bound > allowed()) {
      const closer = chooseSites(f, sites, cal, margins, solver, { timeLimitSeconds: options.timeLimitSeconds, from: stage, absoluteGap: Math.max(0, allowed()) });
      if (closer && closer.cost < stage.cost - 1e-9) {
        sites = { ...sites, fixed: closer.fixed };
        f = formulate(scenario, cal, options, margins, sites);
        solution = solver.solve(f.model, { timeLimitSeconds: options.timeLimitSeconds, relativeGap });
      }
      if (closer) stage = closer;
    }
    ms.solve += now() - t;
    if (solution.status !== 'optimal') {
      const infeasible = solution.status === 'infeasible';
      t = now();
      const conflict = infeasible ? conflictOf(f.model, solver, options.timeLimitSeconds) : null;
      ms.solve += now() - t;
      return { ...base, ...none, status: infeasible ? 'infeasible' : 'solverLimit', conflict };
    }
    // What this solve proves for the programme: all of it when the sites were free in it; with the sites the stage chose, the rest's bound and the sites'.
    const bound = solution.bound ?? -Infinity;
    if (!sites?.fixed) lower = Math.max(lower, bound);
    else if (stage && sites.fixed === stage.fixed) lower = Math.max(lower, bound - stage.cost + stage.bound);
    start = solution.x;
    const plan = planOf(solution.x, f.vars, cal);
    const applied = applyPlan(scenario, plan, options.freeBuilding !== false);
    t = now();
    const run = runOf(applied);
    const verdicts = evaluateTargets(run, targets);
    ms.verify += now() - t;
    const failed = verdicts.filter((v) => !v.met);
    const accepted = failed.length === 0;
    const gap = Number.isFinite(lower) ? Math.max(0, solution.objective - lower) * 1e4 : null;
    result = { ...base, status: accepted ? 'accepted' : 'notVerified', cost: solution.objective * 1e4, gap, plan, scenario: applied, verdicts, conflict: null, limitValues: null, leadTimeBasis: null };
    // A target the programme cannot express does not move with a tighter programme: stop once only such targets fail.
    const movable = failed.filter((v) => !f.unmodelled.includes(v.targetId));
    if (movable.length === 0 || round === maxRounds) {
      t = now();
      result.limitValues = limitValues(f, cal, margins, solution, solver);
      // Sites that meet the rest only in the objective are the same whatever the lead time: held.
      result.leadTimeBasis = leadTimeBasis(scenario, options, margins, f.model, solution, held(sites, f.vars.sites, solution.x));
      ms.solve += now() - t;
      return result;
    }
    tighten(margins, movable, run, f);
    // Only its verdicts and logs were read: the next round's run reuses its storage.
    releaseProjection(run);
    // A coverage target still short frees the sites again; otherwise they are held (as the stage chose them, or as this solve did).
    if (failed.some((v) => f.coverResidents.has(v.targetId))) sites = sites && { ...sites, fixed: undefined };
    else sites = held(sites, f.vars.sites, solution.x);
  }
  return result!;
}

/** The sites as the solution opens them, held for the next solve, when they are separable from the rest (SiteVars); sites held already stay as they are. */
function held(sites: SiteChoice | null, v: SiteVars | null, x: number[]): SiteChoice | null {
  if (!sites || !v?.separable || sites.fixed) return sites;
  return { ...sites, fixed: v.open.map((cols) => cols.map((c) => (c < 0 ? 0 : Math.round(x[c])))) };
}

/**
 * One more round's margin. Where the engine's run held hiring or building back for money, the payer
 * gets twice that year's shortfall (the engine shares hires out in proportion to gaps, so a new plan
 * can be short again by a similar amount elsewhere); a staffing target still short gets recruitment
 * headroom; a space target still short asks for one more community (while there are any to build); a
 * coverage target still short asks for the residents it missed by and one more (its rows read the
 * engine's own reach, so this guards against rounding alone).
 */
function tighten(margins: Margins, failed: Verdict[], run: Projection, { room, coverResidents }: Pick<Formulation, 'room' | 'coverResidents'>): void {
  for (const [y, log] of [...run.hiring.entries(), ...run.building.entries()]) {
    if (log.limitedBy !== 'budget' || !log.payer) continue;
    margins.budget[log.payer][y] = Math.max(margins.budget[log.payer][y] * 2, (log.shortBy / 1e4) * 2 + 1);
  }
  for (const v of failed) {
    if (v.binding?.kind === 'budget') continue;
    const residents = coverResidents.get(v.targetId);
    if (residents !== undefined) margins.target.set(v.targetId, (margins.target.get(v.targetId) ?? 0) + (v.threshold - (v.value ?? 0)) * residents + 1);
    else if (v.metric === 'staffingShareMet' || v.metric === 'staffGap') margins.headroom = margins.headroom * 2 + 5;
    else if ((room.get(v.targetId) ?? 0) > 0) margins.target.set(v.targetId, (margins.target.get(v.targetId) ?? 0) + 1);
  }
}
