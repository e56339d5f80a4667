/**
 * What one year of building lead time is worth. A lead time shifts every start's completion by whole
 * years rather than bounding the programme, so no dual gives it: the programme is formulated again
 * with the lead time one year shorter and one year longer (from a fresh calibration, since the
 * plan's own projects complete with it too) and solved, with the margins of the plan found, and the
 * objectives compared.
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

/** sites: the facility sites of the plan found, when they are a lever, so that both objectives count them alike */
export function leadTimeValues(scenario: Scenario, solver: Solver, options: SynthesisOptions, margins: Margins, model: LinearModel, found: Solution, sites: SiteChoice | null = null): LeadTimeValue[] {
  // Starts are a lever only when building is chosen, and only a floor-space target asks for them.
  if (options.freeBuilding === false || !chosenTargets(scenario, options).some((t) => SPACE_METRICS.has(t.metric))) return [];
  const from = scenario.plan.building.leadTimeYears;
  // The plan found, column by column name, starts each solve: a year shorter it is still a plan.
  const valueOf = new Map(model.cols.map((c, j) => [c.name, found.x[j]]));
  const out: LeadTimeValue[] = [];
  for (const years of [from - 1, from + 1]) {
    if (years < 0) continue;
    const changed: Scenario = { ...scenario, plan: { ...scenario.plan, building: { ...scenario.plan.building, leadTimeYears: years } } };
    const cal = calibrate(changed, true);
    const { model: again } = formulate(changed, cal, options, margins, sites);
    const start = again.cols.map((c) => valueOf.get(c.name) ?? 0);
    const solution = solver.solve(again, { timeLimitSeconds: options.timeLimitSeconds, start });
    if (solution.status === 'optimal') out.push({ years, from, saved: found.objective - solution.objective });
    else if (solution.status === 'infeasible') out.push({ years, from, saved: null });
  }
  return out;
}
