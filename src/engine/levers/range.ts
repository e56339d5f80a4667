/**
 * The range of a lever worth searching. A budget and hiring capacity: from 0 to the amount beyond
 * which the lever no longer binds — the most the payer spends in a year, or the most workers wanted
 * in a year, in a run with that lever unlimited — divided, for a search over uncertainty, by the
 * leanest multiplier a draw can apply. A rule parameter: the range its document allows. Shares: 0 to
 * 1. Facilities: none to all the candidates. Any other lever has no range of its own: null, and the
 * caller gives one.
 */
import { ruleSetOf } from '../project';
import { releaseProjection } from '../release';
import { runScenario } from '../run';
import type { Payer, Scenario, UncertainInput } from '../scenario';
import { isFacilitiesLever, leverInfo, stepOf, type Lever } from './lever';
import { setLever } from './value';

/**
 * The smallest multiplier a draw can apply to a budget or to hiring capacity, so that a probability
 * search's range still reaches a value that suffices in the leanest draw: a triangular's or uniform's
 * minimum, a normal's lower bound or four standard deviations below its mean; never below 0.1 (estimate:
 * a search range ten times the plan's need is as far as a search is worth going).
 */
function lowestMultiplier(scenario: Scenario, names: (input: UncertainInput) => boolean): number {
  const input = scenario.uncertainty?.inputs.find(names);
  if (!input) return 1;
  const d = input.distribution;
  const low = d.kind === 'normal' ? (d.min ?? d.mean - 4 * d.sd) : d.min;
  return Math.min(1, Math.max(0.1, low));
}

export function leverRange(scenario: Scenario, lever: Lever, uncertain = false): [number, number] | null {
  if (isFacilitiesLever(lever)) return [0, lever.candidates.length];
  const info = leverInfo(lever.path, scenario);
  if (!info) return null;
  const step = stepOf(info.unit);
  const up = (x: number) => Math.max(step, Math.ceil(x / step) * step);
  const { field } = info;
  if (field.kind === 'budget') {
    const payer: Payer = field.payer;
    const budgets = { ...scenario.plan.budgets };
    delete budgets[payer];
    const p = runScenario({ ...scenario, plan: { ...scenario.plan, budgets } }).projection;
    // Only the payers' plain totals are read: the figures' storage goes to the next run.
    releaseProjection(p);
    const cut = uncertain ? lowestMultiplier(scenario, (i) => i.what === 'budget' && i.payer === payer) : 1;
    return [0, up(Math.max(...p.payers[payer].map((y) => y.spent)) / cut)];
  }
  if (field.kind === 'plan' && field.field === 'hiring.capacityPerYear') {
    const p = runScenario(setLever(scenario, lever, Number.MAX_SAFE_INTEGER)).projection;
    releaseProjection(p);
    const cut = uncertain ? lowestMultiplier(scenario, (i) => i.what === 'hiringSuccess') : 1;
    return [0, up(Math.max(...p.hiring.map((h) => h.demand)) / cut)];
  }
  if (field.kind === 'rule') {
    const range = ruleSetOf(scenario).parameters[field.key]?.range;
    return range ? [range[0], range[1]] : null;
  }
  if (info.unit === 'share') return [0, 1];
  return null;
}
