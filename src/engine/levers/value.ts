/** A lever's value: read from a scenario, set on a copy, and two values compared as plan choices. */
import { overrideInYear } from '../overrides';
import type { ParamKey } from '../params';
import { RULE_SETS } from '../policyLibrary';
import { valueInYear } from '../resolveParams';
import type { BuildingProject, Facility, Payer, Scenario } from '../scenario';
import { isFacilitiesLever, leverInfo, type Lever } from './lever';

/** A number for a number lever; the ids of the chosen candidates for the facilities lever. */
export type LeverValue = number | string[];

/** Keyed by lever path. */
export type LeverValues = Record<string, LeverValue>;

/** The rule set's value of a parameter in the horizon's first year, after no override. */
export function ruleValue(scenario: Scenario, key: ParamKey): number | null {
  const param = RULE_SETS[scenario.ruleSet.id]?.parameters[key];
  return param ? valueInYear(param, scenario.horizon.firstYear) : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The lever's value in a scenario; null when the scenario does not set it (a budget left unlimited, say). */
export function readLever(scenario: Scenario, lever: Lever): LeverValue | null {
  if (isFacilitiesLever(lever)) {
    const planned = new Set((scenario.plan.facilities ?? []).map((f) => f.id));
    return lever.candidates.filter((c) => planned.has(c.id)).map((c) => c.id);
  }
  const info = leverInfo(lever.path, scenario);
  if (!info) return null;
  const [top, second, third, fourth, fifth] = info.keys;
  if (top === 'plan' && second === 'budgets') {
    const cell = scenario.plan.budgets[third as Payer]?.[String(scenario.horizon.firstYear)];
    return typeof cell === 'number' ? cell : null;
  }
  if (top === 'plan' && third === 'projects') {
    const project = scenario.plan.building.projects.find((p) => p.id === fourth);
    return project ? (project[fifth as 'm2' | 'startYear'] ?? null) : null;
  }
  // A dated override reads as its value in the first year; moving the lever sets one value for every year.
  if (top === 'ruleSet') return overrideInYear(scenario.ruleSet.overrides?.[third as ParamKey], scenario.horizon.firstYear)?.value ?? ruleValue(scenario, third as ParamKey);
  const group = (scenario.plan as unknown as Record<string, unknown>)[second];
  const value = isObject(group) ? group[third] : undefined;
  if (typeof value === 'number') return value;
  // The engine falls back to the rule set's split when the plan sets none (steps/unitCosts.ts).
  if (second === 'pay' && third === 'cityShare') return ruleValue(scenario, 'pay.cityShare') ?? 0;
  return null;
}

/** The starting value of every lever, as the scenario has it. */
export function startingValues(scenario: Scenario, levers: readonly Lever[]): LeverValues {
  const out: LeverValues = {};
  for (const lever of levers) {
    const v = readLever(scenario, lever);
    if (v !== null) out[lever.path] = v;
  }
  return out;
}

/**
 * A copy of the scenario with the lever at value; the scenario passed in is not changed. A budget is
 * set to the same amount every horizon year. The facilities lever takes the chosen candidates' ids,
 * or a number N for the first N candidates (goal seek's count), in the candidates' order after the
 * plan's other facilities.
 */
export function setLever(scenario: Scenario, lever: Lever, value: LeverValue): Scenario {
  const { plan } = scenario;
  if (isFacilitiesLever(lever)) {
    const ids = Array.isArray(value) ? value : lever.candidates.slice(0, Math.round(value)).map((c) => c.id);
    const chosen = new Set(ids);
    const candidateIds = new Set(lever.candidates.map((c) => c.id));
    const kept = (plan.facilities ?? []).filter((f) => !candidateIds.has(f.id));
    const opened: Facility[] = lever.candidates.filter((c) => chosen.has(c.id));
    return { ...scenario, plan: { ...plan, facilities: [...kept, ...opened] } };
  }
  if (typeof value !== 'number') return scenario;
  const info = leverInfo(lever.path, scenario);
  if (!info) return scenario;
  const [top, second, third, fourth, fifth] = info.keys;
  const v = info.integer ? Math.round(value) : value;
  if (top === 'ruleSet') return { ...scenario, ruleSet: { ...scenario.ruleSet, overrides: { ...scenario.ruleSet.overrides, [third]: v } } };
  if (second === 'budgets') {
    const { firstYear, lastYear } = scenario.horizon;
    const byYear: Record<string, number> = {};
    for (let y = firstYear; y <= lastYear; y++) byYear[String(y)] = v;
    return { ...scenario, plan: { ...plan, budgets: { ...plan.budgets, [third]: byYear } } };
  }
  if (third === 'projects') {
    const projects = plan.building.projects.map((p): BuildingProject => (p.id === fourth ? { ...p, [fifth]: v } : p));
    return { ...scenario, plan: { ...plan, building: { ...plan.building, projects } } };
  }
  const group = plan[second as 'hiring' | 'pay' | 'building'];
  return { ...scenario, plan: { ...plan, [second]: { ...group, [third]: v } } };
}

/** A copy of the scenario with each lever set to its value; levers without a value keep the scenario's. */
export function applyLevers(scenario: Scenario, levers: readonly Lever[], values: LeverValues): Scenario {
  return levers.reduce((s, lever) => (lever.path in values ? setLever(s, lever, values[lever.path]) : s), scenario);
}

/** Two values are the same plan choice: numbers to a millionth, facility lists as sets. */
export function sameValue(a: LeverValue | undefined, b: LeverValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const set = new Set(a);
    return b.every((x) => set.has(x));
  }
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
