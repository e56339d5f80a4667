/**
 * What one year of building lead time is worth. A lead time shifts every start's completion by whole
 * years rather than bounding the programme, so no dual gives it: the programme is formulated again
 * with the lead time one year shorter and one year longer (from a fresh calibration, since the
 * plan's own projects complete with it too) and solved, with the margins of the plan found, and the
 * objectives compared. Two more solves cost as much as the synthesis itself, so they are asked for
 * on their own, once the plan is shown, from the basis the synthesis leaves.
 */
import type { Scenario } from '../scenario';
import { calibrate } from './calibrate';
import { formulate, type Margins } from './formulate';
import type { LinearModel, Solution, Solver } from './model';
import type { SynthesisOptions } from './options';
import type { SiteChoice } from './siteRows';
import { SPACE_METRICS, chosenTargets } from './targetRows';

export interface LeadTimeValue {
  /** the lead time solved for, years, and the plan's own */
  years: number;
  from: number;
  /** objective 万元 saved against the plan found (negative: it costs more); null when no plan meets the targets */
  saved: number | null;
}

/** What the solves a year either way start from: the plan found, and what it was found with. */
export interface LeadTimeBasis {
  margins: Margins;
  /** the plan found, column by column name: a year shorter it is still a plan, and starts each solve */
  values: Record<string, number>;
  /** its objective, 万元 */
  objective: number;
  /** the facility sites of the plan found, when they are a lever, so that both objectives count them alike */
  sites: SiteChoice | null;
}

/** The basis, or null when no start is a lever (building not chosen, or no floor-space target asks for one). */
export function leadTimeBasis(scenario: Scenario, options: SynthesisOptions, margins: Margins, model: LinearModel, found: Solution, sites: SiteChoice | null): LeadTimeBasis | null {
  if (options.freeBuilding === false || !chosenTargets(scenario, options).some((t) => SPACE_METRICS.has(t.metric))) return null;
  const values: Record<string, number> = {};
  model.cols.forEach((c, j) => (values[c.name] = found.x[j]));
  return { margins, values, objective: found.objective, sites };
}

export function leadTimeValues(scenario: Scenario, solver: Solver, options: SynthesisOptions, basis: LeadTimeBasis): LeadTimeValue[] {
  const from = scenario.plan.building.leadTimeYears;
  const out: LeadTimeValue[] = [];
  for (const years of [from - 1, from + 1]) {
    if (years < 0) continue;
    const changed: Scenario = { ...scenario, plan: { ...scenario.plan, building: { ...scenario.plan.building, leadTimeYears: years } } };
    const cal = calibrate(changed, true);
    const { model: again } = formulate(changed, cal, options, basis.margins, basis.sites);
    const start = again.cols.map((c) => basis.values[c.name] ?? 0);
    const solution = solver.solve(again, { timeLimitSeconds: options.timeLimitSeconds, start });
    if (solution.status === 'optimal') out.push({ years, from, saved: basis.objective - solution.objective });
    else if (solution.status === 'infeasible') out.push({ years, from, saved: null });
  }
  return out;
}
