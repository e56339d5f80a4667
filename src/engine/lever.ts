/**
 * The levers goal seek can turn, one number each: a payer's annual budget, hiring capacity, a rule
 * parameter within its range, the city's share of pay, or how many of a list of candidate facilities
 * open. For each: how to set it on a scenario, the range worth searching and the step the answer is
 * given to.
 */
import { PARAMS, type ParamKey } from './params';
import { horizonYears, ruleSetOf } from './project';
import type { Text } from './ruleSet';
import { runScenario } from './run';
import type { Facility, Payer, Scenario, UncertainInput } from './scenario';

export type Lever =
  /** the payer's budget, the same amount every horizon year; the building programme's payer by default */
  | { kind: 'budget'; payer?: Payer }
  | { kind: 'hiringCapacity' }
  /** a rule-set parameter, set for every year through ruleSet.overrides */
  | { kind: 'rule'; key: ParamKey }
  | { kind: 'cityShare' }
  /** the first N of the candidates open (e.g. sites from suggestSites, made into facilities) */
  | { kind: 'facilities'; candidates: Facility[] };

const PAYER_ZH: Record<Payer, string> = { city: '市级财政', district: '区（县）级财政', street: '街道财政' };
const PAYER_EN: Record<Payer, string> = { city: 'city', district: 'district', street: 'street' };

export function leverPayer(scenario: Scenario, lever: Lever & { kind: 'budget' }): Payer {
  return lever.payer ?? scenario.plan.building.payer;
}

export function leverLabel(scenario: Scenario, lever: Lever): Text {
  switch (lever.kind) {
    case 'budget': {
      const p = leverPayer(scenario, lever);
      return { zh: `${PAYER_ZH[p]}年度预算`, en: `annual ${PAYER_EN[p]} budget` };
    }
    case 'hiringCapacity':
      return { zh: '年度招聘能力', en: 'hiring capacity per year' };
    case 'rule': {
      const param = ruleSetOf(scenario).parameters[lever.key];
      return param ? param.label : { zh: lever.key, en: lever.key };
    }
    case 'cityShare':
      return { zh: '市级承担人员经费比例', en: 'city share of staff pay' };
    case 'facilities':
      return { zh: '新开设施数', en: 'facilities opened' };
  }
}

/** A copy of the scenario with the lever at value; the scenario passed in is not changed. */
export function applyGoalSeek(scenario: Scenario, lever: Lever, value: number): Scenario {
  const { plan } = scenario;
  switch (lever.kind) {
    case 'budget': {
      const byYear = Object.fromEntries(horizonYears(scenario).map((y) => [String(y), value]));
      return { ...scenario, plan: { ...plan, budgets: { ...plan.budgets, [leverPayer(scenario, lever)]: byYear } } };
    }
    case 'hiringCapacity':
      return { ...scenario, plan: { ...plan, hiring: { ...plan.hiring, capacityPerYear: Math.round(value) } } };
    case 'rule':
      return { ...scenario, ruleSet: { ...scenario.ruleSet, overrides: { ...scenario.ruleSet.overrides, [lever.key]: value } } };
    case 'cityShare':
      return { ...scenario, plan: { ...plan, pay: { ...plan.pay, cityShare: value } } };
    case 'facilities':
      return { ...scenario, plan: { ...plan, facilities: [...(plan.facilities ?? []), ...lever.candidates.slice(0, Math.round(value))] } };
  }
}

/**
 * The smallest multiplier a draw can apply to a budget or to hiring capacity, so that a probability
 * seek's range still reaches a value that suffices in the leanest draw: a triangular's or uniform's
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

/** The answer's resolution: 1万元 for money (the unit the app shows), whole people and facilities, 0.1% for shares. */
export function leverStep(lever: Lever): number {
  switch (lever.kind) {
    case 'budget':
      return 10_000;
    case 'hiringCapacity':
    case 'facilities':
      return 1;
    case 'cityShare':
      return 0.001;
    case 'rule': {
      const unit = PARAMS[lever.key].unit;
      if (unit === 'share') return 0.001;
      if (unit === 'm2PerHundredHouseholds') return 0.1;
      // Yuan per worker, community or household: to 100 yuan, well inside any documented range.
      if (unit.startsWith('yuan')) return 100;
      return 1;
    }
  }
}

/**
 * The range worth searching. Budget and hiring capacity: from 0 to the amount beyond which the lever no
 * longer binds — the most the payer spends in a year, or the most workers wanted in a year, in a run with
 * that lever unlimited — divided, for a seek over uncertainty, by the leanest multiplier a draw can apply. A rule parameter: the range its document allows (a parameter without one needs
 * the range given). Shares: 0 to 1. Facilities: none to all the candidates.
 */
export function leverRange(scenario: Scenario, lever: Lever, uncertain = false): [number, number] {
  const step = leverStep(lever);
  const up = (x: number) => Math.max(step, Math.ceil(x / step) * step);
  switch (lever.kind) {
    case 'budget': {
      const payer = leverPayer(scenario, lever);
      const budgets = { ...scenario.plan.budgets };
      delete budgets[payer];
      const p = runScenario({ ...scenario, plan: { ...scenario.plan, budgets } }).projection;
      const cut = uncertain ? lowestMultiplier(scenario, (i) => i.what === 'budget' && i.payer === payer) : 1;
      return [0, up(Math.max(...p.payers[payer].map((y) => y.spent)) / cut)];
    }
    case 'hiringCapacity': {
      const p = runScenario(applyGoalSeek(scenario, lever, Number.MAX_SAFE_INTEGER)).projection;
      const cut = uncertain ? lowestMultiplier(scenario, (i) => i.what === 'hiringSuccess') : 1;
      return [0, up(Math.max(...p.hiring.map((h) => h.demand)) / cut)];
    }
    case 'rule': {
      const range = ruleSetOf(scenario).parameters[lever.key]?.range;
      if (!range) {
        throw new RangeError(`${lever.key}: 规则集未给出取值范围，请指定搜索范围 / the rule set gives no range for this parameter; pass one`);
      }
      return [range[0], range[1]];
    }
    case 'cityShare':
      return [0, 1];
    case 'facilities':
      return [0, lever.candidates.length];
  }
}
