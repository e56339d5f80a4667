/**
 * A lever: one number of a scenario that a plan may move, named by its path (path.ts), or the choice
 * of which candidate facilities open. Goal seek searches one; an exercise unlocks a few; a comparison
 * names the ones that differ. Here: which paths are levers, their unit, whether they are whole
 * numbers, and the step an answer is given to.
 */
import { isParamKey } from '../params';
import { PAYERS, type Facility, type Scenario } from '../scenario';
import { ruleSetFor } from '../scenarioRuleSet';
import { fieldOfKeys, PLAN_NUMBERS, unitOf, type FieldRef, type LeverUnit } from './fields';
import { itemPath, splitPath } from './path';

export const FACILITIES_PATH = 'plan.facilities';

/** Which of a list of candidate facilities open. */
export interface FacilitiesLever {
  path: typeof FACILITIES_PATH;
  candidates: Facility[];
}

/** A number at a path, or the facilities lever. */
export type Lever = { path: string } | FacilitiesLever;

export function isFacilitiesLever<L extends { path: string }>(lever: L): lever is L & FacilitiesLever {
  return lever.path === FACILITIES_PATH && 'candidates' in lever;
}

export interface LeverInfo {
  path: string;
  /** the path split into keys */
  keys: string[];
  field: FieldRef;
  unit: LeverUnit;
  /** whole numbers only (people, years, facilities) */
  integer: boolean;
}

const WHOLE: ReadonlySet<LeverUnit> = new Set(['person', 'personPerYear', 'household', 'flag', 'year', 'years', 'facilities']);

/** What the path holds, or null when no lever lives there. */
export function leverInfo(path: string, scenario?: Scenario): LeverInfo | null {
  const keys = splitPath(path);
  if (!keys) return null;
  const field = fieldOfKeys(keys, scenario ? [scenario] : []);
  const lever =
    field !== null &&
    ((field.kind === 'plan' && field.field in PLAN_NUMBERS) ||
      (field.kind === 'budget' && field.year === undefined) ||
      (field.kind === 'project' && field.id !== undefined && (field.field === 'm2' || field.field === 'startYear')) ||
      field.kind === 'rule' ||
      (field.kind === 'facilities' && field.id === undefined));
  const unit = lever ? unitOf(field) : null;
  return lever && unit ? { path, keys, field, unit, integer: WHOLE.has(unit) } : null;
}

/**
 * The step an answer is given to: 1万元 for a budget (the unit the app shows), 100 yuan for other
 * money (well inside any documented range), 0.1% for shares, 0.1 m² per 100 households, whole otherwise.
 */
export function stepOf(unit: LeverUnit): number {
  if (unit === 'yuanPerYear') return 10_000;
  if (unit === 'share') return 0.001;
  if (unit === 'm2PerHundredHouseholds') return 0.1;
  if (unit.startsWith('yuan')) return 100;
  return 1;
}

/** Every lever path for a scenario, for authoring: plan numbers, budgets, each project's size and start, the rule set's parameters, facilities. */
export function leverPathsFor(scenario: Scenario): string[] {
  const ruleSet = ruleSetFor(scenario.ruleSet);
  const params = new Set<string>([...Object.keys(ruleSet?.parameters ?? {}), ...Object.keys(scenario.ruleSet.overrides ?? {})]);
  return [
    ...Object.keys(PLAN_NUMBERS).map((f) => `plan.${f}`),
    ...PAYERS.map((p) => `plan.budgets.${p}`),
    ...scenario.plan.building.projects.flatMap((p) => [`${itemPath('plan.building.projects', p.id)}.m2`, `${itemPath('plan.building.projects', p.id)}.startYear`]),
    ...[...params].filter(isParamKey).map((k) => itemPath('ruleSet.overrides', k)),
    FACILITIES_PATH,
  ];
}
